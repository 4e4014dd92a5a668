import { z } from 'zod';
import { requiredText } from './common-schemas';
import { out, type Contract } from './contract-kit';
import type { ApiError } from './api-result';
import type { OpenedFund } from './app-contract';

/**
 * A room of laptops (issue 19 §4): the trainer serves demo-fund copies to participants' browsers on the room's
 * network. File-level (A2), so these join the AppApi (spread into app-contract.ts). The room itself lives in the
 * program that serves it (web mode's server; the desktop shell would host the same): a host without one answers
 * `room-not-served`. `room.join`, `room.me` and `room.resetMine` are the participant's; the rest the trainer's.
 */

/** A fund file a room's copies are made from: a demo fund by its location (a name in the fund folder in web mode). */
const masterLocation = z.string().trim().min(1, { message: 'required' }).max(1000, { message: 'too-long' });
/** An IPv4 address of this machine, as `room.status` lists them. */
const address = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, { message: 'bad-address' });
/** The trainer's own id for a participant (random, never a file name). */
const participantId = z.string().regex(/^[a-z0-9]{8,32}$/, { message: 'bad-participant' });
/** The room code as a participant types it: spaces and dashes are dropped before it is compared. */
const roomCode = z.string().max(40, { message: 'too-long' });

/** `making`: her copy is being made (joined, waiting); `resetting`: made again from its master; `failed`: see `error`. */
export type RoomCopyState = 'making' | 'ready' | 'resetting' | 'failed';
export type RoomParticipant = {
  id: string;
  name: string;
  /** The address her browser connects from. */
  address: string;
  joinedAt: string;
  lastSeenAt: string;
  state: RoomCopyState;
  /** The copy's file name in the workshop folder, once made. */
  copyName: string | null;
  error: ApiError | null;
};
/** One address of the room's listener, as text and as a QR code (an SVG data URL, which the CSP's `img-src data:` allows). */
export type RoomAddress = { address: string; joinUrl: string; qrCode: string };
export type RoomState =
  | { open: false; availableAddresses: string[] }
  | {
      open: true;
      availableAddresses: string[];
      code: string;
      port: number;
      masterName: string;
      openedAt: string;
      addresses: RoomAddress[];
      participants: RoomParticipant[];
    };
/** What a participant's browser holds after joining: her token (sent as `X-SWF-Token`, never a cookie). */
export type JoinedRoom = { token: string; name: string };
/** A participant's own view: her copy once it is ready (`fund`), her place in the queue meanwhile. */
export type ParticipantView = {
  name: string;
  state: RoomCopyState;
  waitingBefore: number;
  fund: OpenedFund | null;
  error: ApiError | null;
};

export const roomMethods = {
  /** Opens the room's listener on the LAN (all IPv4 interfaces, or the one chosen) with a new room code. */
  'room.open': {
    input: z.strictObject({
      master: masterLocation,
      lanAddress: address.optional(),
      port: z.int().min(0).max(65_535).default(0),
    }),
    output: out<RoomState>(),
  },
  'room.status': { input: z.strictObject({}), output: out<RoomState>(), read: true },
  /** Closes the listener and ends every participant's session; the copies stay in the workshop folder. */
  'room.close': { input: z.strictObject({}), output: out<{ closed: boolean }>() },
  /** A participant's copy made again from its master (`workshop.reset`). */
  'room.resetCopy': { input: z.strictObject({ participantId }), output: out<RoomParticipant>() },
  /** Ends one participant's session (her token stops working); her copy stays in the workshop folder. */
  'room.endSession': { input: z.strictObject({ participantId }), output: out<{ ended: boolean }>() },
  /** The participant's: the room code and a display name (a seat or a name) → a session token of her own. */
  'room.join': { input: z.strictObject({ roomCode, displayName: requiredText(60) }), output: out<JoinedRoom>() },
  'room.me': { input: z.strictObject({}), output: out<ParticipantView>(), read: true },
  'room.resetMine': { input: z.strictObject({}), output: out<OpenedFund>() },
} as const satisfies Contract;
