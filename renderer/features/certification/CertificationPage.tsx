import { Alert, App as AntApp, Button, Card, Col, Collapse, Empty, Form, Row, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { Assessment, AssessmentPart, KeptAssessment, KeptAssessmentSummary } from '../../../shared/api/certification-types';
import { formatDate, formatInstant } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isIso } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { ExportButtons } from '../../components/ExportButtons';
import { todayIso } from '../../components/today';
import { CertificationSettingsCard } from './CertificationSettingsCard';
import { CriterionLights } from './CriterionLights';
import { lightColours, lineText, linkRoute, partColours } from './certification-view';

/**
 * ประเมินตนเองตามเกณฑ์รับรอง (issue 17 §5): CODI's four criteria as of a day (today unless another is typed) as
 * traffic lights, each opening its parts with the evidence found (a link to the page where it is seen) and what
 * to fix; every fix gathered in one list; the report on A4 or in Excel (a live one is kept in the history first);
 * the history, where a kept assessment opens read-only as it was computed.
 */
export function CertificationPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const [asOf, setAsOf] = useState(todayIso());
  const [live, setLive] = useState<Assessment>();
  const [kept, setKept] = useState<KeptAssessment>();
  const [history, setHistory] = useState<KeptAssessmentSummary[]>([]);
  const [error, setError] = useState<ApiError>();

  const loadHistory = useCallback(() => {
    void api.fund['certification.history']({}).then((result) => result.ok && setHistory(result.value.items));
  }, []);
  const assess = useCallback(() => {
    if (!isIso(asOf)) return;
    void api.fund['certification.assess']({ asOf }).then((result) => {
      setLive(result.ok ? result.value : undefined);
      setError(result.ok ? undefined : result.error);
    });
  }, [asOf]);
  useEffect(assess, [assess]);
  useEffect(loadHistory, [loadHistory]);

  async function record() {
    const result = await api.fund['certification.record']({ asOf });
    if (!result.ok) return setError(result.error);
    void message.success(t('ui.certification.recorded'));
    loadHistory();
  }
  async function open(id: number) {
    const result = await api.fund['certification.get']({ assessmentId: id });
    if (result.ok) setKept(result.value);
    else setError(result.error);
  }

  const shown = kept?.assessment ?? live;
  return (
    <div data-testid="certification-page">
      <Card title={t('ui.certification.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('ui.certification.intro')}</Typography.Paragraph>
        {kept ? (
          <Alert
            type="info"
            showIcon
            data-testid="certification-kept"
            title={t('ui.certification.keptView', {
              at: formatInstant(kept.computedAt, language),
              date: formatDate(kept.asOf, language, 'long'),
            })}
            action={
              <Button size="small" onClick={() => setKept(undefined)} data-testid="certification-back-to-live">
                {t('ui.certification.backToLive')}
              </Button>
            }
          />
        ) : (
          <Space wrap align="end">
            <Form.Item label={t('ui.certification.asOf')} style={{ marginBottom: 0 }}>
              <BuddhistDateInput value={asOf} onChange={setAsOf} data-testid="certification-as-of" style={{ width: 160 }} />
            </Form.Item>
            <WriteAction>
              <Button onClick={() => void record()} disabled={!live} data-testid="certification-record">
                {t('ui.certification.record')}
              </Button>
            </WriteAction>
          </Space>
        )}
        {shown && (
          <div style={{ marginTop: 12 }}>
            <ExportButtons
              method="exports.certification"
              input={kept ? { assessmentId: kept.id } : { asOf }}
              testId="certification-export"
              onDone={kept ? undefined : loadHistory}
            />
          </div>
        )}
        {error && <Alert type="error" showIcon title={localized(error.message)} style={{ marginTop: 12 }} />}
      </Card>
      {shown && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Card size="small" title={t('ui.certification.lights')} style={{ marginBottom: 16 }}>
              <CriterionLights criteria={shown.criteria} />
            </Card>
            <Collapse
              data-testid="certification-criteria"
              defaultActiveKey={shown.criteria.filter((criterion) => criterion.status !== 'pass').map((criterion) => criterion.key)}
              items={shown.criteria.map((criterion, index) => ({
                key: criterion.key,
                label: (
                  <span data-testid={`criterion-${criterion.key}`}>
                    <span className="certification-lamp" style={{ background: lightColours[criterion.status] }} aria-hidden />
                    {t('ui.certification.criterion', { number: index + 1 })} {t(`certification.criteria.${criterion.key}`)}
                  </span>
                ),
                extra: (
                  <Typography.Text style={{ color: lightColours[criterion.status] }}>
                    {t(`certification.statuses.${criterion.status}`)}
                  </Typography.Text>
                ),
                children: criterion.parts.map((part) => <PartView key={part.key} part={part} navigate={navigate} />),
              }))}
            />
          </Col>
          <Col xs={24} xl={9}>
            <FixList assessment={shown} />
          </Col>
        </Row>
      )}
      <Card size="small" title={t('ui.certification.history')} style={{ marginTop: 16 }}>
        <Table<KeptAssessmentSummary>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={history}
          data-testid="certification-history"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.certification.historyEmpty')} /> }}
          columns={[
            { title: t('ui.certification.asOf'), dataIndex: 'asOf', render: (value: string) => formatDate(value, language) },
            { title: t('ui.certification.computedAt'), dataIndex: 'computedAt', render: (value: string) => formatInstant(value, language) },
            { title: t('ui.certification.recordedBy'), dataIndex: 'recordedBy' },
            {
              title: t('ui.certification.lights'),
              dataIndex: 'statuses',
              render: (statuses: KeptAssessmentSummary['statuses']) => (
                <Space size={4}>
                  {statuses.map((status, index) => (
                    <span
                      key={index}
                      className="certification-lamp"
                      style={{ background: lightColours[status] }}
                      title={`${index + 1}: ${t(`certification.statuses.${status}`)}`}
                    />
                  ))}
                </Space>
              ),
            },
            {
              title: '',
              key: 'open',
              render: (_value, row) => (
                <Button type="link" size="small" onClick={() => void open(row.id)} data-testid={`certification-open-${row.id}`}>
                  {t('ui.certification.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <CertificationSettingsCard onSaved={assess} />
    </div>
  );
}

function PartView({ part, navigate }: { part: AssessmentPart; navigate: Navigate }) {
  const { t } = useTranslation();
  const route = linkRoute(part.link);
  return (
    <div className="certification-part" data-testid={`part-${part.key}`}>
      <Space wrap>
        <Typography.Text strong>{t(`certification.parts.${part.key}`)}</Typography.Text>
        <Tag color={partColours[part.status]}>{t(`certification.partStatuses.${part.status}`)}</Tag>
        {route && (
          <Button type="link" size="small" onClick={() => navigate(route)} data-testid={`part-link-${part.key}`}>
            {t('ui.certification.open')}
          </Button>
        )}
      </Space>
      <ul className="certification-lines">
        {part.evidence.map((line, index) => (
          <li key={index}>{lineText(line)}</li>
        ))}
      </ul>
      {part.fixes.length > 0 && (
        <ul className="certification-lines certification-fixes">
          {part.fixes.map((line, index) => (
            <li key={index}>{lineText(line)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Everything to fix, criterion by criterion, as the committee would work through it. */
function FixList({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const fixes = assessment.criteria.flatMap((criterion, index) =>
    criterion.parts.flatMap((part) => part.fixes.map((line) => ({ number: index + 1, line }))),
  );
  return (
    <Card size="small" title={t('ui.certification.fixList')} data-testid="certification-fix-list">
      {fixes.length === 0 ? (
        <Typography.Text type="secondary">{t('ui.certification.noFixes')}</Typography.Text>
      ) : (
        <ol className="certification-fix-list">
          {fixes.map((fix, index) => (
            <li key={index}>
              <Typography.Text type="secondary">{t('ui.certification.criterion', { number: fix.number })}: </Typography.Text>
              {lineText(fix.line)}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
