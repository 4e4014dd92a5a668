import { useTranslation } from 'react-i18next';
import type { HistoryCommitResult } from '../../../shared/api/history-import-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import {
  welfareHistoryDateFields,
  welfareHistoryFields,
  type WelfareHistoryField,
  type WelfareHistoryRow,
} from '../../../shared/domain/history/welfare-history-rows';
import { formatBaht } from '../../../shared/domain/money/money-format';
import type { Navigate } from '../../app/route';
import type { PreviewColumn } from '../imports/ImportPreviewTable';
import { SheetImportPage } from '../imports/SheetImportPage';
import { useFundProfile } from '../members/use-fund-profile';

type Row = WelfareHistoryRow;

/**
 * Welfare paid before the opening date (issue 19 §2): memo history that counts toward yearly and lifetime caps
 * from day one. A payout from the opening date on is a claim in the app, so such rows are refused with that reason.
 */
export function WelfareHistoryImportPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const fund = useFundProfile();
  const previewColumns: PreviewColumn<WelfareHistoryField, Row>[] = [
    { field: 'member', width: 200, shown: (profile) => profile.member ?? '' },
    { field: 'welfareType', width: 200, shown: (profile) => profile.welfareType ?? '' },
    { field: 'eventDate', width: 140, shown: (profile) => (profile.eventDate ? formatDate(profile.eventDate, language) : '') },
    { field: 'amount', shown: (profile) => (profile.amountSatang === undefined ? '' : formatBaht(profile.amountSatang)) },
    { field: 'units', width: 100, shown: (profile) => (profile.units ? String(profile.units) : '') },
  ];

  return (
    <SheetImportPage<WelfareHistoryField, Row, HistoryCommitResult>
      setup={{
        methods: 'welfareHistory',
        title: t('ui.historyImport.welfareTitle'),
        intro: t('ui.historyImport.welfareIntro', { openedOn: fund ? formatDate(fund.openedOn, language) : '' }),
        back: { label: t('ui.historyImport.backWelfare'), go: () => navigate({ page: 'welfare' }) },
        fields: welfareHistoryFields,
        dateFields: welfareHistoryDateFields,
        previewColumns,
        commitLabel: (count) => t('ui.historyImport.commitRows', { count }),
        done: (result) => t('ui.historyImport.done', result),
      }}
    />
  );
}
