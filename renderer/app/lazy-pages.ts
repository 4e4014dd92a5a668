import { lazyComponent } from './lazy-component';
import type { Route } from './route';

// Every screen of an open fund is its own chunk, loaded on its first visit: the start screen's script holds
// none of them (it is the first thing a treasurer waits for). What several pages share goes into chunks of its
// own (renderer/vite.config.ts), fetched alongside.
export const HomePage = lazyComponent(() => import('../features/home/HomePage').then((module) => module.HomePage));
/**
 * The shell comes with its first page, the home page, so an opened fund shows one spinner at most. A home page
 * that fails to load is left to the page's own boundary, inside a working shell.
 */
export const FundShell = lazyComponent(() => Promise.all([import('./FundShell'), HomePage.preload()]).then(([module]) => module.FundShell));
export const MembersPage = lazyComponent(() => import('../features/members/MembersPage').then((module) => module.MembersPage));
export const MemberImportPage = lazyComponent(() =>
  import('../features/members/import/MemberImportPage').then((module) => module.MemberImportPage),
);
export const ContributionHistoryImportPage = lazyComponent(() =>
  import('../features/history/ContributionHistoryImportPage').then((module) => module.ContributionHistoryImportPage),
);
export const WelfareHistoryImportPage = lazyComponent(() =>
  import('../features/history/WelfareHistoryImportPage').then((module) => module.WelfareHistoryImportPage),
);
export const RegisterMemberPage = lazyComponent(() =>
  import('../features/members/RegisterMemberPage').then((module) => module.RegisterMemberPage),
);
export const MemberPage = lazyComponent(() => import('../features/members/MemberPage').then((module) => module.MemberPage));
export const ReceiptPage = lazyComponent(() => import('../features/contributions/ReceiptPage').then((module) => module.ReceiptPage));
export const CollectionPage = lazyComponent(() => import('../features/collection/CollectionPage').then((module) => module.CollectionPage));
export const BatchReceiptsPage = lazyComponent(() =>
  import('../features/collection/BatchReceiptsPage').then((module) => module.BatchReceiptsPage),
);
export const ArrearsPage = lazyComponent(() => import('../features/contributions/ArrearsPage').then((module) => module.ArrearsPage));
export const BooksPage = lazyComponent(() => import('../features/ledger/BooksPage').then((module) => module.BooksPage));
export const WelfarePage = lazyComponent(() => import('../features/welfare/WelfarePage').then((module) => module.WelfarePage));
export const ApplicantsPage = lazyComponent(() => import('../features/applicants/ApplicantsPage').then((module) => module.ApplicantsPage));
export const ApplyPage = lazyComponent(() => import('../features/applicants/ApplyPage').then((module) => module.ApplyPage));
export const ApplicationPage = lazyComponent(() =>
  import('../features/applicants/ApplicationPage').then((module) => module.ApplicationPage),
);
export const ClaimSheetPage = lazyComponent(() => import('../features/welfare/ClaimSheetPage').then((module) => module.ClaimSheetPage));
export const ApprovalListPage = lazyComponent(() =>
  import('../features/welfare/ApprovalListPage').then((module) => module.ApprovalListPage),
);
export const CommunityPage = lazyComponent(() => import('../features/community/CommunityPage').then((module) => module.CommunityPage));
export const VoucherPage = lazyComponent(() => import('../features/community/VoucherPage').then((module) => module.VoucherPage));
export const OtherMoneyPage = lazyComponent(() => import('../features/other-money/OtherMoneyPage').then((module) => module.OtherMoneyPage));
export const IncomeReceiptPage = lazyComponent(() =>
  import('../features/other-money/IncomeReceiptPage').then((module) => module.IncomeReceiptPage),
);
export const RetentionPage = lazyComponent(() => import('../features/members/RetentionPage').then((module) => module.RetentionPage));
export const LapseProposalsPage = lazyComponent(() =>
  import('../features/lapses/LapseProposalsPage').then((module) => module.LapseProposalsPage),
);
export const MeetingsPage = lazyComponent(() => import('../features/meetings/MeetingsPage').then((module) => module.MeetingsPage));
export const CommitteePage = lazyComponent(() => import('../features/committee/CommitteePage').then((module) => module.CommitteePage));
export const CertificationPage = lazyComponent(() =>
  import('../features/certification/CertificationPage').then((module) => module.CertificationPage),
);
export const SyncPage = lazyComponent(() => import('../features/sync/SyncPage').then((module) => module.SyncPage));
export const BylawsPage = lazyComponent(() => import('../features/bylaws/BylawsPage').then((module) => module.BylawsPage));
export const GrantsPage = lazyComponent(() => import('../features/grants/GrantsPage').then((module) => module.GrantsPage));
export const ReportsPage = lazyComponent(() => import('../features/reports/ReportsPage').then((module) => module.ReportsPage));
export const PeoplePage = lazyComponent(() => import('../features/people/PeoplePage').then((module) => module.PeoplePage));
export const SettingsPage = lazyComponent(() => import('../features/settings/SettingsPage').then((module) => module.SettingsPage));
export const RestorePage = lazyComponent(() => import('../features/backups/RestorePage').then((module) => module.RestorePage));
export const StartRestore = lazyComponent(() => import('../features/backups/StartRestore').then((module) => module.StartRestore));
export const AuditTrailPage = lazyComponent(() => import('../features/audit/AuditTrailPage').then((module) => module.AuditTrailPage));
export const BackupsPage = lazyComponent(() => import('../features/backups/BackupsPage').then((module) => module.BackupsPage));
/** "Save a copy" from the start screen: a chunk of its own, fetched only when asked for. */
export const SaveCopyModal = lazyComponent(() => import('../features/backups/SaveCopyModal').then((module) => module.SaveCopyModal));
export const CreateDemoModal = lazyComponent(() => import('../features/demo/CreateDemoModal').then((module) => module.CreateDemoModal));
/** A room of laptops (issue 19 §4): the trainer's panel and a participant's join page, each fetched when shown. */
export const RoomPanel = lazyComponent(() => import('../features/room/RoomPanel').then((module) => module.RoomPanel));
export const JoinPage = lazyComponent(() => import('../features/room/JoinPage').then((module) => module.JoinPage));
export const CreateFundForm = lazyComponent(() => import('../features/funds/CreateFundForm').then((module) => module.CreateFundForm));

/**
 * Called the moment a fund is being opened or created: the shell and its first page load while the backend
 * opens the file, and the fund then shows with no spinner.
 */
export function preloadFundShell(): Promise<void> {
  return FundShell.preload();
}

const pages: Record<Route['page'], { preload: () => Promise<void> }> = {
  home: HomePage,
  members: MembersPage,
  register: RegisterMemberPage,
  memberImport: MemberImportPage,
  contributionHistoryImport: ContributionHistoryImportPage,
  welfareHistoryImport: WelfareHistoryImportPage,
  member: MemberPage,
  retention: RetentionPage,
  applicants: ApplicantsPage,
  apply: ApplyPage,
  application: ApplicationPage,
  receipt: ReceiptPage,
  collection: CollectionPage,
  batchReceipts: BatchReceiptsPage,
  arrears: ArrearsPage,
  lapses: LapseProposalsPage,
  cashbook: BooksPage,
  grants: GrantsPage,
  meetings: MeetingsPage,
  committee: CommitteePage,
  certification: CertificationPage,
  sync: SyncPage,
  bylaws: BylawsPage,
  community: CommunityPage,
  otherMoney: OtherMoneyPage,
  incomeReceipt: IncomeReceiptPage,
  welfare: WelfarePage,
  claim: ClaimSheetPage,
  approvals: ApprovalListPage,
  voucher: VoucherPage,
  backups: BackupsPage,
  auditTrail: AuditTrailPage,
  reports: ReportsPage,
  settings: SettingsPage,
  people: PeoplePage,
  restore: RestorePage,
};

/**
 * Starts fetching a page's chunk ahead of its first visit (the side menu calls it on hover): a page whose chunk
 * is in shows at once, where a page that suspends keeps its spinner for a moment even when its chunk is quick.
 */
export function preloadPage(page: Route['page']): void {
  void pages[page].preload();
}
/** A regional workspace (issue 18 §4): its own chunk, loaded only when an officer opens one. */
export const RegionWorkspace = lazyComponent(() => import('../features/region/RegionWorkspace').then((module) => module.RegionWorkspace));
