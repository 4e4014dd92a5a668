import { CopyOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { StatusFormYear, StatusSectionRecord } from '../../../shared/api/report-types';
import { statusFormSections } from '../../../shared/api/status-form-schemas';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { ExportButtons } from '../../components/ExportButtons';
import { FiscalYearSelect, useFiscalYears } from './FiscalYearSelect';
import { CommitteeRecordsCard } from './CommitteeRecordsCard';
import { StatusSectionCard } from './StatusSectionCard';

/**
 * The status form's questionnaire, a page per fiscal year (the current one first): §8 the committee, §9 the
 * management system and §11–15, each section a card saved on its own. A year with sections still blank may start
 * from the latest earlier year's answers.
 */
export function StatusFormAnswersPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const fiscalYears = useFiscalYears();
  const [chosen, setChosen] = useState<number>();
  const fiscalYear = chosen ?? fiscalYears?.current;
  const [year, setYear] = useState<StatusFormYear>();
  const [error, setError] = useState<ApiError>();
  const [isCopying, setCopying] = useState(false);
  // Once copied, the source year has nothing more to give this year: its button goes.
  const [copiedInto, setCopiedInto] = useState<number[]>([]);

  useEffect(() => {
    if (fiscalYear === undefined) return;
    let isCurrent = true;
    void api.fund['statusForm.answers']({ fiscalYear }).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setYear(result.value);
      setError(result.ok ? undefined : result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [fiscalYear]);

  const shown = year && year.fiscalYear === fiscalYear ? year : undefined;
  const source = shown?.answeredYears.find((answered) => answered < shown.fiscalYear);
  const hasBlank = shown
    ? !copiedInto.includes(shown.fiscalYear) && statusFormSections.some((section) => shown.sections[section] === null)
    : false;

  async function copyFrom(fromYear: number) {
    if (!shown) return;
    setCopying(true);
    const result = await api.fund['statusForm.copyFromYear']({ fiscalYear: shown.fiscalYear, fromYear });
    setCopying(false);
    if (!result.ok) return void message.error(localized(result.error.message));
    setYear(result.value);
    setCopiedInto((years) => [...years, result.value.fiscalYear]);
    void message.success(t('ui.statusForm.copied', { count: result.value.copied.length, year: toBuddhistYear(fromYear) }));
  }

  function saved(record: StatusSectionRecord) {
    setYear((current) => current && { ...current, sections: { ...current.sections, [record.section]: record } });
  }

  return (
    <div data-testid="status-form-page">
      <Card title={t('ui.statusForm.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('ui.statusForm.intro')}</Typography.Paragraph>
        <div className="page-toolbar">
          <Typography.Text>{t('ui.statusForm.yearPrompt')}</Typography.Text>
          {fiscalYears && <FiscalYearSelect years={fiscalYears.years} value={fiscalYear} onChange={setChosen} testId="status-form-year" />}
          {fiscalYear !== undefined && <ExportButtons method="exports.statusForm" input={{ fiscalYear }} testId="status-form-export" />}
          {source !== undefined && hasBlank && (
            <WriteAction>
              <Button icon={<CopyOutlined />} loading={isCopying} onClick={() => void copyFrom(source)} data-testid="status-form-copy">
                {t('ui.statusForm.copyFrom', { year: toBuddhistYear(source) })}
              </Button>
            </WriteAction>
          )}
        </div>
        {error && <Alert type="error" showIcon title={localized(error.message)} />}
      </Card>
      {shown &&
        statusFormSections.map((section) =>
          // §8 of a year the committee records cover is read from them; the typed answers stay for other years.
          section === 'committee' && shown.committeeRecords ? (
            <CommitteeRecordsCard key={`${shown.fiscalYear}-committee-records`} records={shown.committeeRecords} />
          ) : (
            <StatusSectionCard
              // A copy or another year gives the card new answers to start from.
              key={`${shown.fiscalYear}-${section}-${shown.sections[section]?.uuid ?? 'new'}`}
              fiscalYear={shown.fiscalYear}
              section={section}
              record={shown.sections[section]}
              onSaved={saved}
            />
          ),
        )}
    </div>
  );
}
