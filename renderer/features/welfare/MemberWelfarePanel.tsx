import { useEffect, useState } from 'react';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { ClaimsRegister } from './ClaimsRegister';

/** A member's own welfare history on the member's page: every claim, its decision, vouchers and reversals. */
export function MemberWelfarePanel({ memberId, navigate, revision }: { memberId: number; navigate: Navigate; revision: number }) {
  const [types, setTypes] = useState<WelfareTypeView[]>([]);
  useEffect(() => {
    void api.fund['welfare.types']({}).then((result) => result.ok && setTypes(result.value));
  }, []);
  return <ClaimsRegister types={types} navigate={navigate} memberId={memberId} revision={revision} />;
}
