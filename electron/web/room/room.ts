import { randomBytes } from 'node:crypto';
import { toString as qrSvg } from 'qrcode';
import type { ApiResult } from '../../../shared/api/api-result';
import type { FundFileEntry, OpenedFund } from '../../../shared/api/app-contract';
import {
  roomMethods,
  type ParticipantView,
  type RoomAddress,
  type RoomParticipant,
  type RoomState,
} from '../../../shared/api/room-contract';
import type { DomainError } from '../../../shared/domain/result';
import type { BackendHost } from '../../backend/host-types';
import { translateError } from '../../backend/messages';
import { parseInput } from '../../backend/parse-input';
import { listen, type ApiAnswer, type ApiCall, type Listening } from '../listener';
import { createCodeChecker, Lockout, machineAddresses, newRoomCode, SessionTokens } from './room-access';
import { participantScope } from './room-scope';

export type RoomOptions = {
  /** Tests only: this machine's addresses (a test machine may have no network but loopback). */
  lanAddresses?: () => string[];
  /** Tests only: milliseconds now, for the lockout and for joined and last-seen times. */
  now?: () => number;
};

/** More than a room of laptops ever holds; each one is a fund file open in this process. */
const maxParticipants = 100;
const joinPath = '/join';

type Participant = Omit<RoomParticipant, 'error'> & {
  error: RoomParticipant['error'];
  handle: string | undefined;
  /** The jobs she started, the only ones she may follow or cancel. */
  jobs: Set<string>;
  /** Her copy's handles before a reset: a page still naming one is told her fund is no longer open, so it asks again. */
  pastHandles: Set<string>;
  isEnded: boolean;
};

type OpenRoom = {
  code: string;
  checkCode: (typed: string) => boolean;
  master: string;
  masterName: string;
  openedAt: string;
  /** The one address chosen, or undefined for all of this machine's IPv4 addresses. */
  chosen: string | undefined;
  addresses: RoomAddress[];
  listening: Listening;
  participants: Map<string, Participant>;
  tokens: SessionTokens<Participant>;
  lockout: Lockout;
  /** Copies are made one at a time (the host runs one file-level job at a time), in the order people joined. */
  queue: Promise<void>;
  waiting: string[];
  joined: number;
};

function refusal(code: string, field?: string, params?: DomainError['params']): ApiResult<never> {
  const error: DomainError = { code, ...(field === undefined ? {} : { field }), ...(params === undefined ? {} : { params }) };
  return { ok: false, error: translateError(error) };
}

function shown(participant: Participant): RoomParticipant {
  const { id, name, address, joinedAt, lastSeenAt, state, copyName, error } = participant;
  return { id, name, address, joinedAt, lastSeenAt, state, copyName, error };
}

/**
 * A room of laptops (issue 19 §4, reliability.md §(d) "LAN mode"), held by web mode's server: off until the trainer
 * opens it. Open, it is a second listener on the LAN with its own Host rule, one room code, participants' tokens and
 * the scope of room-scope.ts; every participant gets her own copy of the demo master, made with `workshop.makeCopy`
 * (save a copy, never a file copy) into the workshop folder and opened for her only. Closing it ends every session.
 */
export function createRoom(host: BackendHost, staticDir: string, options: RoomOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const lanAddresses = options.lanAddresses ?? machineAddresses;
  const instant = () => new Date(now()).toISOString();
  let room: OpenRoom | undefined;

  /** A file-level job through the host, waiting its turn behind another (the trainer's own restore, say). */
  async function appJob<T>(method: 'workshop.makeCopy' | 'workshop.reset', input: unknown): Promise<ApiResult<T>> {
    for (;;) {
      const result = (await host.dispatch('app', method, input)) as ApiResult<T>;
      if (result.ok || result.error.code !== 'job-busy') return result;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  function enqueue(open: OpenRoom, participant: Participant, task: () => Promise<void>): Promise<void> {
    open.waiting.push(participant.id);
    const run = async () => {
      try {
        if (!participant.isEnded) await task();
      } catch {
        // The host answers its own failures; anything else still leaves her a state to show, and the queue going.
        participant.state = 'failed';
        participant.error = translateError({ code: 'internal' });
      } finally {
        open.waiting.splice(open.waiting.indexOf(participant.id), 1);
      }
    };
    open.queue = open.queue.then(run, run);
    return open.queue;
  }

  /** Her copy takes the place of whatever she had; a copy made for a session ended meanwhile is closed again. */
  async function settle(participant: Participant, result: ApiResult<OpenedFund>): Promise<void> {
    if (!result.ok) {
      participant.state = 'failed';
      participant.error = result.error;
      return;
    }
    if (participant.handle !== undefined) participant.pastHandles.add(participant.handle);
    participant.handle = result.value.handle;
    participant.jobs.clear();
    participant.state = 'ready';
    participant.error = null;
    if (participant.isEnded) await host.dispatch('app', 'funds.close', { fund: result.value.handle });
  }

  function makeCopy(open: OpenRoom, participant: Participant): void {
    void enqueue(open, participant, async () => {
      const copyName = `ผู้เข้าอบรม-${String(open.joined).padStart(2, '0')}-${participant.id.slice(0, 6)}.swfund`;
      const result = await appJob<OpenedFund>('workshop.makeCopy', {
        source: { location: open.master },
        location: copyName,
        inWorkshop: true,
      });
      if (result.ok) participant.copyName = copyName;
      await settle(participant, result);
    });
  }

  async function resetCopy(open: OpenRoom, participant: Participant): Promise<ApiResult<OpenedFund>> {
    const copyName = participant.copyName;
    if (participant.state !== 'ready' || copyName === null) return refusal('room-copy-not-ready');
    participant.state = 'resetting';
    let answer: ApiResult<OpenedFund> = refusal('room-session-ended');
    await enqueue(open, participant, async () => {
      answer = await appJob<OpenedFund>('workshop.reset', { location: copyName, inWorkshop: true });
      // A reset that failed left her copy as it was (demo-handlers.ts): it is still hers and still open.
      if (answer.ok) await settle(participant, answer);
      else participant.state = 'ready';
    });
    return answer;
  }

  /** Her token stops working and her copy is closed (its WAL checkpointed); the copy file stays in the workshop folder. */
  async function endSession(open: OpenRoom, participant: Participant): Promise<void> {
    participant.isEnded = true;
    open.tokens.revoke(participant);
    open.participants.delete(participant.id);
    if (participant.handle !== undefined) await host.dispatch('app', 'funds.close', { fund: participant.handle });
  }

  function state(): RoomState {
    const availableAddresses = lanAddresses();
    if (!room) return { open: false, availableAddresses };
    return {
      open: true,
      availableAddresses,
      code: room.code,
      port: room.listening.address.port,
      masterName: room.masterName,
      openedAt: room.openedAt,
      addresses: room.addresses,
      participants: [...room.participants.values()].map(shown),
    };
  }

  /** The master must be a demo fund in the fund folder (reliability.md §(d): trainer copies only). */
  async function demoMaster(location: string): Promise<FundFileEntry | undefined> {
    const listed = await host.dispatch('app', 'funds.list', {});
    if (!listed.ok) return undefined;
    return (listed.value as { funds: FundFileEntry[] }).funds.find((entry) => entry.location === location && entry.demo);
  }

  async function addressesOf(hosts: string[], port: number): Promise<RoomAddress[]> {
    return Promise.all(
      hosts.map(async (address) => {
        const joinUrl = `http://${address}:${port}${joinPath}`;
        const svg = await qrSvg(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
        return { address, joinUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
      }),
    );
  }

  async function openRoom(input: { master: string; lanAddress?: string | undefined; port: number }): Promise<ApiResult<RoomState>> {
    if (room) return refusal('room-already-open');
    const master = await demoMaster(input.master);
    if (!master) return refusal('room-needs-demo', 'master', { location: input.master });
    const available = lanAddresses();
    if (input.lanAddress !== undefined && !available.includes(input.lanAddress))
      return refusal('room-bad-address', 'lanAddress', { address: input.lanAddress });
    if (available.length === 0) return refusal('room-no-network');
    const chosen = input.lanAddress;
    const code = newRoomCode();
    const participants = new Map<string, Participant>();
    const tokens = new SessionTokens<Participant>();
    let listening: Listening;
    try {
      listening = await listen(
        {
          // DNS rebinding: only this machine's own addresses as the browser reached them, with the room's port.
          isAllowedHost: (hostHeader, port) => (chosen ? [chosen] : lanAddresses()).some((address) => hostHeader === `${address}:${port}`),
          admits: (token) => tokens.find(token) !== undefined,
          isOpenCall: (side, method) => side === 'app' && method === 'room.join',
          answer: participantCall,
          files: host.files,
          staticDir,
          redirects: { '/': joinPath },
        },
        { address: chosen ?? '0.0.0.0', port: input.port },
      );
    } catch {
      return refusal('room-listen-failed', 'port', { port: input.port });
    }
    room = {
      code,
      checkCode: createCodeChecker(code),
      master: input.master,
      masterName: master.name,
      openedAt: instant(),
      chosen,
      addresses: await addressesOf(chosen ? [chosen] : available, listening.address.port),
      listening,
      participants,
      tokens,
      lockout: new Lockout(now),
      queue: Promise.resolve(),
      waiting: [],
      joined: 0,
    };
    return { ok: true, value: state() };
  }

  async function closeRoom(): Promise<boolean> {
    const open = room;
    if (!open) return false;
    room = undefined;
    await open.listening.close();
    for (const participant of [...open.participants.values()]) await endSession(open, participant);
    // A copy being made as the room closed is closed again by its own task: wait for it, so nothing is left open.
    await open.queue;
    return true;
  }

  function join(input: unknown, from: string): ApiAnswer {
    const open = room;
    if (!open) return { status: 403, body: refusal('room-closed') };
    const locked = open.lockout.remaining(from);
    if (locked > 0) return { status: 429, body: refusal('room-locked', 'roomCode', { minutes: Math.ceil(locked / 60_000) }) };
    const parsed = parseInput(roomMethods['room.join'].input, input);
    if (!parsed.ok) return { status: 400, body: refusal(parsed.error.code, parsed.error.field, parsed.error.params) };
    if (!open.checkCode(parsed.value.roomCode)) {
      const lockedNow = open.lockout.fail(from);
      if (lockedNow > 0) return { status: 429, body: refusal('room-locked', 'roomCode', { minutes: Math.ceil(lockedNow / 60_000) }) };
      return { status: 403, body: refusal('room-wrong-code', 'roomCode') };
    }
    open.lockout.succeed(from);
    if (open.participants.size >= maxParticipants)
      return { status: 403, body: refusal('room-full', undefined, { count: maxParticipants }) };
    open.joined += 1;
    const participant: Participant = {
      id: randomBytes(8).toString('hex'),
      name: parsed.value.displayName,
      address: from.replace(/^::ffff:/, ''),
      joinedAt: instant(),
      lastSeenAt: instant(),
      state: 'making',
      copyName: null,
      error: null,
      handle: undefined,
      jobs: new Set(),
      pastHandles: new Set(),
      isEnded: false,
    };
    open.participants.set(participant.id, participant);
    const token = open.tokens.issue(participant);
    makeCopy(open, participant);
    return { status: 200, body: { ok: true, value: { token, name: participant.name } } };
  }

  async function ownCall(open: OpenRoom, participant: Participant, method: 'current' | 'me' | 'resetMine'): Promise<ApiResult<unknown>> {
    const current = async () =>
      participant.handle === undefined || participant.state !== 'ready'
        ? null
        : await host.dispatch('app', 'funds.current', { fund: participant.handle }).then((result) => (result.ok ? result.value : null));
    if (method === 'current') return { ok: true, value: await current() };
    if (method === 'resetMine') return resetCopy(open, participant);
    const view: ParticipantView = {
      name: participant.name,
      state: participant.state,
      waitingBefore: Math.max(0, open.waiting.indexOf(participant.id)),
      fund: (await current()) as OpenedFund | null,
      error: participant.error,
    };
    return { ok: true, value: view };
  }

  /** Everything a participant's browser asks the room's listener, within her scope (room-scope.ts). */
  async function participantCall(call: ApiCall): Promise<ApiAnswer> {
    if (call.side === 'app' && call.method === 'room.join') return Promise.resolve(join(call.input, call.from));
    const open = room;
    const participant = open?.tokens.find(call.token);
    if (!open || !participant) return { status: 401, body: { ok: false, error: { code: 'bad-token' } } };
    participant.lastSeenAt = instant();
    if (call.side !== 'app' && call.fund !== undefined && participant.pastHandles.has(call.fund))
      return { status: 200, body: refusal('fund-not-open') };
    const decision = participantScope(call, participant);
    if ('refuse' in decision) return { status: decision.refuse.status, body: { ok: false, error: { code: decision.refuse.code } } };
    if ('own' in decision) return { status: 200, body: await ownCall(open, participant, decision.own) };
    const result = await host.dispatch(call.side, call.method, call.input, decision.dispatch.fund);
    if (decision.dispatch.jobStart && result.ok) participant.jobs.add((result.value as { jobId: string }).jobId);
    return { status: 200, body: result };
  }

  /** The trainer's `room.*` calls, from web mode's own 127.0.0.1 listener (her per-launch token). */
  async function trainerCall(method: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!Object.hasOwn(roomMethods, method)) return refusal('unknown-method', undefined, { method });
    const spec = roomMethods[method as keyof typeof roomMethods];
    const parsed = parseInput(spec.input as (typeof roomMethods)['room.status']['input'], input);
    if (!parsed.ok) return refusal(parsed.error.code, parsed.error.field, parsed.error.params);
    const value = parsed.value as Record<string, unknown>;
    if (method === 'room.open') return openRoom(value as { master: string; lanAddress?: string; port: number });
    if (method === 'room.status') return { ok: true, value: state() };
    if (method === 'room.close') return { ok: true, value: { closed: await closeRoom() } };
    if (method === 'room.join' || method === 'room.me' || method === 'room.resetMine') return refusal('room-participants-only');
    const open = room;
    const participant = open?.participants.get(String(value.participantId));
    if (!open || !participant) return refusal('room-unknown-participant', 'participantId');
    if (method === 'room.endSession') {
      await endSession(open, participant);
      return { ok: true, value: { ended: true } };
    }
    const reset = await resetCopy(open, participant);
    return reset.ok ? { ok: true, value: shown(participant) } : reset;
  }

  return { trainerCall, close: closeRoom };
}
