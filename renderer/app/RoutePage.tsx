import type { FundProfile } from '../../shared/api/fund-types';
import { CollectionPage } from '../features/collection/CollectionPage';
import { CommunityPage } from '../features/community/CommunityPage';
import { VoucherPage } from '../features/community/VoucherPage';
import { ApprovalListPage } from '../features/welfare/ApprovalListPage';
import { ClaimSheetPage } from '../features/welfare/ClaimSheetPage';
import { WelfarePage } from '../features/welfare/WelfarePage';
import { ArrearsPage } from '../features/contributions/ArrearsPage';
import { ReceiptPage } from '../features/contributions/ReceiptPage';
import { CashBookPage } from '../features/ledger/CashBookPage';
import { MemberPage } from '../features/members/MemberPage';
import { MembersPage } from '../features/members/MembersPage';
import { RegisterMemberPage } from '../features/members/RegisterMemberPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Navigate, Route } from './route';

/** One page of the open fund, picked by the route. */
export function RoutePage({
  route,
  navigate,
  onProfileChanged,
}: {
  route: Route;
  navigate: Navigate;
  onProfileChanged: (profile: FundProfile) => void;
}) {
  switch (route.page) {
    case 'members':
      return <MembersPage navigate={navigate} />;
    case 'register':
      return <RegisterMemberPage navigate={navigate} />;
    case 'member':
      return <MemberPage key={route.memberId} memberId={route.memberId} navigate={navigate} />;
    case 'receipt':
      return <ReceiptPage key={route.receiptId} receiptId={route.receiptId} navigate={navigate} />;
    case 'collection':
      return <CollectionPage key={route.batchId ?? 'list'} initialBatchId={route.batchId} navigate={navigate} />;
    case 'arrears':
      return <ArrearsPage navigate={navigate} />;
    case 'cashbook':
      return <CashBookPage navigate={navigate} />;
    case 'welfare':
      return <WelfarePage navigate={navigate} />;
    case 'claim':
      return <ClaimSheetPage key={route.claimId} claimId={route.claimId} navigate={navigate} />;
    case 'approvals':
      return <ApprovalListPage navigate={navigate} />;
    case 'community':
      return <CommunityPage navigate={navigate} />;
    case 'voucher':
      return (
        <VoucherPage key={route.voucherId} voucherId={route.voucherId} navigate={navigate} {...(route.from ? { from: route.from } : {})} />
      );
    case 'settings':
      return <SettingsPage onFundChanged={onProfileChanged} />;
  }
}
