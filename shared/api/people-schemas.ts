import { z } from 'zod';
import { roles } from '../domain/people/roles';
import { id, requiredNote, requiredText } from './common-schemas';

/** A PIN is 4 to 8 digits: typed on the PC's keyboard or a number pad. */
export const pin = z.string().regex(/^\d{4,8}$/, { message: 'bad-pin' });
const roleList = z.array(z.enum(roles)).min(1).max(roles.length);

export const signInInput = z.strictObject({ personId: id, pin: pin.optional() });
export const addPersonInput = z.strictObject({ displayName: requiredText(100), roles: roleList, pin: pin.optional() });
export const updatePersonInput = z.strictObject({
  personId: id,
  expectedVersion: z.int().min(1),
  displayName: requiredText(100),
  roles: roleList,
  active: z.boolean(),
});
export const setPinInput = z.strictObject({ personId: id, pin: pin.nullable() });
export const resetPinInput = z.strictObject({ personId: id, reason: requiredNote() });
