import { createContext, useContext } from 'react';

/**
 * Told when the fund's people change (one added, deactivated, her roles changed), so the shell reads again who is at
 * the PC and what she may do: the "switch person" button appears once there is someone to switch to.
 */
const PeopleChangedContext = createContext<() => void>(() => undefined);

export const PeopleChangedProvider = PeopleChangedContext.Provider;

export function usePeopleChanged(): () => void {
  return useContext(PeopleChangedContext);
}
