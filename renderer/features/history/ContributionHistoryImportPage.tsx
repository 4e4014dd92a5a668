import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryCommitResult } from '../../../shared/api/history-import-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import {
  contributionHistoryDateFields,
  contributionHistoryFields,
  type ContributionHistoryField,
  type ContributionHistoryRow,
} from '../../../shared/domain/history/contribution-history-rows';
import { formatBaht } from '../../../shared/domain/money/money-format';
import type { Navigate } from '../../app/route';
import type { PreviewColumn } from '../imports/ImportPreviewTable';
import { SheetImportPage } from '../imports/SheetImportPage';
import { useFundProfile } from '../members/use-fund-profile';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';

type Row = ContributionHistoryRow;

/**
 * Contribution history from the old receipt books (issue 19 §2): each row as it will be written — memo history
 * before the opening date (no journal entry, Decision 10), an ordinary receipt from it on, into the account
 * chosen here.
 */
export function ContributionHistoryImportPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const fund = useFundProfile();
  const [accountCode, setAccountCode] = useState<string>();
  const openedOn = fund ? formatDate(fund.openedOn, language) : '';

  const months = (profile: Partial<Row>) => {
    const first = profile.periods?.[0];
    const last = profile.periods?.[profile.periods.length - 1];
    if (!first || !last) return '';
    return first === last ? formatPeriod(first, language) : `${formatPeriod(first, language)} – ${formatPeriod(last, language)}`;
  };
  const previewColumns: PreviewColumn<ContributionHistoryField, Row>[] = [
    { field: 'member', width: 200, shown: (profile) => profile.member ?? '' },
    { field: 'period', width: 190, shown: months },
    { field: 'months', width: 90, shown: (profile) => (profile.periods ? String(profile.periods.length) : '') },
    { field: 'paidOn', shown: (profile) => (profile.paidOn ? formatDate(profile.paidOn, language) : '') },
    { field: 'amount', shown: (profile) => (profile.amountSatang === undefined ? '' : formatBaht(profile.amountSatang)) },
    { field: 'bookNo', width: 80, shown: (profile) => profile.bookNo ?? '' },
    {
      field: 'receiptNo',
      shown: (profile) => (profile.posting ? `${profile.receiptNo ?? ''} (${t(`ui.historyImport.${profile.posting}`)})` : ''),
    },
  ];

  return (
    <SheetImportPage<ContributionHistoryField, Row, HistoryCommitResult>
      setup={{
        methods: 'contributionHistory',
        title: t('ui.historyImport.contributionsTitle'),
        intro: t('ui.historyImport.contributionsIntro', { openedOn }),
        back: { label: t('ui.historyImport.backContributions'), go: () => navigate({ page: 'arrears' }) },
        fields: contributionHistoryFields,
        dateFields: contributionHistoryDateFields,
        previewColumns,
        commitExtras: { accountCode: accountCode ?? null },
        commitControls: (
          <Space>
            <Typography.Text>{t('ui.historyImport.account')}</Typography.Text>
            <div style={{ width: 260 }}>
              <MoneyAccountSelect value={accountCode} onChange={setAccountCode} data-testid="history-account" />
            </div>
          </Space>
        ),
        commitLabel: (count) => t('ui.historyImport.commitRows', { count }),
        done: (result) => t('ui.historyImport.done', result),
      }}
    />
  );
}
