import { Alert, Button, Card, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimDecision, MemberDetail, MemberRow, WelfareTypeView } from '../../../shared/api/fund-types';
import { ruleInForce } from '../../../shared/domain/welfare/rules';
import { isMemberDeath } from '../../../shared/domain/welfare/settle-payout';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { refusalText } from './explanation';
import { ExplanationList } from './ExplanationList';
import { WhyDisabled } from '../../components/WhyDisabled';
import { WriteAction } from '../../app/fund-access';

type Values = { memberId?: number; typeId?: number; eventDate: string; units?: number; recipient: string; documents: string[] };

/** A claim: who, which welfare, when; the engine's explanation is shown before anything is recorded. */
export function ClaimForm({ types, onRecorded }: { types: WelfareTypeView[]; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [options, setOptions] = useState<MemberRow[]>([]);
  const [member, setMember] = useState<MemberDetail>();
  const [decision, setDecision] = useState<ClaimDecision>();
  const [problem, setProblem] = useState<string>();
  // What the last recording did, said in the card she is working in (an ineligible claim kept on file says why).
  const [recorded, setRecorded] = useState<{ isEligible: boolean; text: string }>();
  const requestId = useRef(newRequestId());
  const typeId = Form.useWatch('typeId', form);
  const eventDate = Form.useWatch('eventDate', form);
  const type = types.find((candidate) => candidate.id === typeId);
  const rule = type && eventDate && /^\d{4}-/.test(eventDate) ? ruleInForce(type.versions, eventDate) : undefined;
  const language = i18n.language === 'en' ? 'en' : 'th';
  const recipientKind = Form.useWatch('recipient', form);
  // Decision 6: a claim for the member's own death records the death itself, as of the event date.
  const reportsDeath =
    type !== undefined &&
    isMemberDeath(
      type.category,
      typeof recipientKind === 'string' && recipientKind.startsWith('dependent:') ? 'dependent' : (recipientKind ?? 'member'),
    );

  useEffect(() => setDecision(undefined), [typeId, eventDate, member]);
  // A type paid to one kind of recipient only (a death benefit: the beneficiaries) starts with that recipient.
  const allowed = rule?.recipients;
  useEffect(() => {
    const current = form.getFieldValue('recipient') as string | undefined;
    const kind = current?.startsWith('dependent:') ? 'dependent' : current;
    if (allowed && kind && !allowed.includes(kind as never)) {
      const first = allowed.find((candidate) => candidate === 'member' || candidate === 'beneficiary');
      if (first) form.setFieldValue('recipient', first);
    }
  }, [allowed, form]);

  function question(values: Values) {
    const recipient = values.recipient.startsWith('dependent:')
      ? { kind: 'dependent' as const, dependentId: Number(values.recipient.slice(10)) }
      : { kind: values.recipient as 'member' | 'beneficiary' };
    return {
      typeId: values.typeId ?? 0,
      memberId: values.memberId ?? 0,
      eventDate: values.eventDate,
      units: values.units ?? null,
      recipient,
      documentsReceived: values.documents ?? [],
    };
  }

  async function check() {
    const values = await form.validateFields();
    const result = await api.fund['welfare.decide'](question(values));
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    setRecorded(undefined);
    setDecision(result.value);
  }

  /** An ineligible claim is recorded only when she chooses to keep it on file for the committee. */
  async function record(recordIneligible: boolean) {
    const values = await form.validateFields();
    const result = await api.fund['welfare.recordClaim']({ ...question(values), requestId: requestId.current, recordIneligible });
    if (!result.ok) return setProblem(localized(result.error.message));
    requestId.current = newRequestId();
    setDecision(undefined);
    form.resetFields();
    const claim = result.value;
    setRecorded(
      claim.decision.eligible
        ? { isEligible: true, text: t('ui.welfare.recorded', { claimNo: claim.claimNo }) }
        : { isEligible: false, text: t('ui.welfare.recordedIneligible', { claimNo: claim.claimNo, reason: refusalText(claim.decision) }) },
    );
    onRecorded();
  }

  return (
    <Card title={t('ui.welfare.newClaim')} style={{ marginBottom: 16 }}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="claim-problem" />}
      {recorded && (
        <Alert
          type={recorded.isEligible ? 'success' : 'warning'}
          showIcon
          closable={{ onClose: () => setRecorded(undefined) }}
          title={recorded.text}
          style={{ marginBottom: 12 }}
          data-testid="claim-recorded"
        />
      )}
      <Form form={form} layout="vertical" initialValues={{ eventDate: todayIso(), recipient: 'member', documents: [] }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="memberId" label={t('fields.memberId')} rules={[{ required: true, message: t('ui.form.required') }]}>
              <Select
                showSearch
                filterOption={false}
                onSearch={(query) =>
                  void api.fund['members.search']({ query, limit: 20 }).then((result) => result.ok && setOptions(result.value.rows))
                }
                data-testid="claim-member"
                options={options.map((row) => ({ value: row.id, label: `${row.memberNo} ${row.fullName}` }))}
                onChange={(memberId: number) =>
                  void api.fund['members.get']({ memberId }).then((result) => result.ok && setMember(result.value))
                }
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="typeId" label={t('fields.typeId')} rules={[{ required: true, message: t('ui.form.required') }]}>
              <Select
                data-testid="claim-type"
                options={types.map((candidate) => ({
                  value: candidate.id,
                  label: language === 'en' ? candidate.nameEn : candidate.nameTh,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="eventDate"
              label={t('fields.eventDate')}
              rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
            >
              <BuddhistDateInput data-testid="claim-date" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          {rule?.amount.kind === 'per-unit' && (
            <Col span={6}>
              <Form.Item name="units" label={t('fields.units')}>
                <InputNumber min={0} style={{ width: '100%' }} data-testid="claim-units" />
              </Form.Item>
            </Col>
          )}
          <Col span={9}>
            <Form.Item name="recipient" label={t('fields.recipient')}>
              <Select
                options={[
                  { value: 'member', label: t('ui.welfare.words.member') },
                  { value: 'beneficiary', label: t('ui.welfare.words.beneficiary') },
                  ...(member?.dependents ?? []).map((dependent) => ({
                    value: `dependent:${dependent.id}`,
                    label: `${t('ui.welfare.words.dependent')}: ${dependent.fullName}`,
                  })),
                ]}
              />
            </Form.Item>
          </Col>
          {rule && rule.requiredDocuments.length > 0 && (
            <Col span={9}>
              <Form.Item name="documents" label={t('fields.documentsReceived')}>
                <Select
                  mode="multiple"
                  data-testid="claim-documents"
                  options={rule.requiredDocuments.map((document) => ({
                    value: document.key,
                    label: language === 'en' ? document.nameEn : document.nameTh,
                  }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        {reportsDeath && (
          <Alert type="info" showIcon title={t('ui.welfare.reportsDeath')} style={{ marginBottom: 12 }} data-testid="claim-reports-death" />
        )}
        <Space>
          <Button onClick={() => void check()} data-testid="claim-check">
            {t('ui.welfare.check')}
          </Button>
          {decision && !decision.eligible ? (
            <WhyDisabled reason={decision.refusal?.code === 'claim-duplicate' ? t('ui.whatIf.reasons.claim-duplicate') : undefined}>
              <WriteAction>
                <Button
                  disabled={decision.refusal?.code === 'claim-duplicate'}
                  onClick={() => void record(true)}
                  data-testid="claim-record-ineligible"
                >
                  {t('ui.welfare.recordIneligible')}
                </Button>
              </WriteAction>
            </WhyDisabled>
          ) : (
            <WhyDisabled reason={!decision ? t('ui.whyDisabled.checkFirst') : undefined}>
              <WriteAction>
                <Button type="primary" disabled={!decision} onClick={() => void record(false)} data-testid="claim-record">
                  {t('ui.welfare.record')}
                </Button>
              </WriteAction>
            </WhyDisabled>
          )}
        </Space>
      </Form>
      {decision && (
        <Card size="small" style={{ marginTop: 16 }} data-testid="claim-explanation">
          <Typography.Title level={5} style={{ marginTop: 0 }} type={decision.eligible ? 'success' : 'danger'} data-testid="claim-verdict">
            {decision.eligible
              ? t('ui.welfare.eligible', { amount: formatBaht(decision.amountSatang) })
              : t('ui.welfare.notEligibleBecause', { reason: refusalText(decision) })}
          </Typography.Title>
          {decision.settlement && decision.settlement.deductedSatang > 0 && (
            <Typography.Paragraph data-testid="claim-net">
              {t('ui.welfareRegister.net', {
                net: formatBaht(decision.settlement.netSatang),
                gross: formatBaht(decision.settlement.grossSatang),
                deducted: formatBaht(decision.settlement.deductedSatang),
              })}
            </Typography.Paragraph>
          )}
          <ExplanationList lines={decision.lines} />
          {!decision.eligible && <Alert type="info" showIcon title={t('ui.welfare.ineligibleNote')} />}
        </Card>
      )}
    </Card>
  );
}
