import { useState } from 'react';

const officerKey = 'swf-region-officer';

/**
 * The officer's own name, logged with every import, pin, re-base and re-pin (A6 for the workspace). Kept on this
 * computer between visits, so an officer types it once; it is never a login, only who they say they are.
 */
export function useOfficer(): [string, (name: string) => void] {
  const [officer, setOfficer] = useState(() => localStorage.getItem(officerKey) ?? '');
  return [
    officer,
    (name: string) => {
      localStorage.setItem(officerKey, name);
      setOfficer(name);
    },
  ];
}
