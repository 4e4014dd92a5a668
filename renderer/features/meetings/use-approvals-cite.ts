import { useEffect, useState } from 'react';
import { api } from '../../api/client';

/** Whether the fund's approvals must cite a resolution (issue 17); undefined while it is being read. */
export function useApprovalsCite(): boolean | undefined {
  const [isOn, setOn] = useState<boolean>();
  useEffect(() => {
    void api.fund['meetings.approvalsCite']({}).then((result) => result.ok && setOn(result.value.on));
  }, []);
  return isOn;
}
