import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../shared/api/app-contract';
import type { FundProfile } from '../../shared/api/fund-types';
import {
  ApprovalListPage,
  ArrearsPage,
  AuditTrailPage,
  BackupsPage,
  BatchReceiptsPage,
  BooksPage,
  ApplicantsPage,
  ApplicationPage,
  ApplyPage,
  ClaimSheetPage,
  CollectionPage,
  CommunityPage,
  BylawsPage,
  SyncPage,
  CommitteePage,
  CertificationPage,
  GrantsPage,
  MeetingsPage,
  HomePage,
  IncomeReceiptPage,
  LapseProposalsPage,
  RetentionPage,
  MemberPage,
  MembersPage,
  OtherMoneyPage,
  ReceiptPage,
  RegisterMemberPage,
  MemberImportPage,
  ContributionHistoryImportPage,
  WelfareHistoryImportPage,
  ReportsPage,
  RestorePage,
  SettingsPage,
  PeoplePage,
  VoucherPage,
  WelfarePage,
} from './lazy-pages';
import { LazyBoundary } from './LazyBoundary';
import type { Navigate, Route } from './route';

type RoutePageProps = {
  route: Route;
  navigate: Navigate;
  onProfileChanged: (profile: FundProfile) => void;
  /** The open fund as the host holds it: a restore replaces it with the restored file, under a new handle. */
  fund: OpenedFund;
  onFundChanged: (fund: OpenedFund) => void;
};

/**
 * One page of the open fund, picked by the route; each page's script loads on its first visit. The boundary is
 * new for each page, so a page whose chunk failed does not keep the next one from showing.
 */
export function RoutePage(props: RoutePageProps) {
  return <LazyBoundary key={props.route.page}>{pageFor(props)}</LazyBoundary>;
}

function pageFor({ route, navigate, onProfileChanged, fund, onFundChanged }: RoutePageProps) {
  switch (route.page) {
    case 'home':
      return <HomePage navigate={navigate} />;
    case 'members':
      return <MembersPage navigate={navigate} />;
    case 'register':
      return <RegisterMemberPage navigate={navigate} />;
    case 'memberImport':
      return <MemberImportPage navigate={navigate} />;
    case 'contributionHistoryImport':
      return <ContributionHistoryImportPage navigate={navigate} />;
    case 'welfareHistoryImport':
      return <WelfareHistoryImportPage navigate={navigate} />;
    case 'member':
      return <MemberPage key={route.memberId} memberId={route.memberId} navigate={navigate} />;
    case 'applicants':
      return <ApplicantsPage navigate={navigate} />;
    case 'apply':
      return <ApplyPage navigate={navigate} />;
    case 'application':
      return <ApplicationPage key={route.applicationId} applicationId={route.applicationId} navigate={navigate} />;
    case 'receipt':
      return <ReceiptPage key={route.receiptId} receiptId={route.receiptId} navigate={navigate} />;
    case 'collection':
      return <CollectionPage key={route.batchId ?? 'list'} initialBatchId={route.batchId} navigate={navigate} />;
    case 'batchReceipts':
      return <BatchReceiptsPage key={route.batchId} batchId={route.batchId} navigate={navigate} />;
    case 'arrears':
      return <ArrearsPage navigate={navigate} />;
    case 'lapses':
      return <LapseProposalsPage navigate={navigate} />;
    case 'retention':
      return <RetentionPage navigate={navigate} />;
    case 'cashbook':
      return <BooksPage tab={route.tab ?? 'cashBook'} navigate={navigate} />;
    case 'welfare':
      return <WelfarePage navigate={navigate} />;
    case 'claim':
      return <ClaimSheetPage key={route.claimId} claimId={route.claimId} navigate={navigate} />;
    case 'approvals':
      return <ApprovalListPage navigate={navigate} />;
    case 'community':
      return <CommunityPage navigate={navigate} />;
    case 'otherMoney':
      return <OtherMoneyPage key={route.tab ?? 'income'} initialTab={route.tab ?? 'income'} navigate={navigate} />;
    case 'incomeReceipt':
      return (
        <IncomeReceiptPage
          key={route.receiptId}
          receiptId={route.receiptId}
          navigate={navigate}
          {...(route.from ? { from: route.from } : {})}
        />
      );
    case 'voucher':
      return (
        <VoucherPage key={route.voucherId} voucherId={route.voucherId} navigate={navigate} {...(route.from ? { from: route.from } : {})} />
      );
    case 'backups':
      // Each backup's Restore leads to the Restore page, where it is chosen and confirmed once.
      return (
        <BackupsPage
          rowActions={(backup) => (
            <Button type="link" size="small" data-testid={`to-restore-${backup.fileName}`} onClick={() => navigate({ page: 'restore' })}>
              <RestoreLabel />
            </Button>
          )}
        />
      );
    case 'meetings':
      return <MeetingsPage />;
    case 'committee':
      return <CommitteePage />;
    case 'certification':
      return <CertificationPage navigate={navigate} />;
    case 'sync':
      return <SyncPage />;
    case 'bylaws':
      return <BylawsPage />;
    case 'grants':
      return <GrantsPage navigate={navigate} />;
    case 'auditTrail':
      return <AuditTrailPage />;
    case 'reports':
      return <ReportsPage tab={route.tab ?? 'members'} navigate={navigate} />;
    case 'settings':
      return <SettingsPage onFundChanged={onProfileChanged} />;
    case 'people':
      return <PeoplePage />;
    case 'restore':
      return <RestorePage fund={fund} onFundChanged={onFundChanged} />;
  }
}

function RestoreLabel() {
  const { t } = useTranslation();
  return <>{t('ui.start.restoreFund')}</>;
}
