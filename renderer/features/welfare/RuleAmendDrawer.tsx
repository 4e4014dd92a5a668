import { Alert, App as AntApp, Button, Checkbox, Col, Divider, Drawer, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { welfareCategories } from '../../../shared/domain/welfare/categories';
import { recipientKinds, waitingFromKinds } from '../../../shared/domain/welfare/rules';
import { api } from '../../api/client';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { DraftEstimate } from './DraftEstimate';
import { DocumentFields, TierFields } from './RuleListFields';
import { ResolutionPicker } from '../meetings/ResolutionPicker';
import { formValuesFrom, versionFrom, type RuleFormValues } from './rule-form-values';
import { countInput, moneyField } from './rule-fields';
import { WriteAction } from '../../app/fund-access';

/** A type to amend, `'new'` for a welfare type of the fund's own (its first version), or nothing when closed. */
type Props = { type: WelfareTypeView | 'new' | undefined; onClose: () => void; onSaved: (type: WelfareTypeView) => void };
type NewTypeValues = { category?: string; nameTh?: string; nameEn?: string };

/** The checkbox group is one field; the backend names the offending position (`recipients.2`). */
const recipientAliases = Object.fromEntries(recipientKinds.map((_kind, index) => [`recipients.${index}`, 'recipients']));

/** A bylaw amendment: a new rule version from a date, pre-filled with the numbers of the latest version; or a new type. */
export function RuleAmendDrawer({ type, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<RuleFormValues & NewTypeValues>();
  const isNew = type === 'new';
  const [problem, setProblem] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  const confirmAmount = useAmountConfirmation();
  const kind = Form.useWatch(['amount', 'kind'], form);
  const unit = Form.useWatch(['amount', 'unit'], form);
  const effectiveFrom = Form.useWatch('effectiveFrom', form);
  const language = i18n.language === 'en' ? 'en' : 'th';

  // The form shows only once it holds this type's numbers: reopening for another type never flashes (or keeps
  // typing into) the previous one's values.
  const formKey = type === 'new' ? 'new' : type ? String(type.id) : '';
  const [readyFor, setReadyFor] = useState<string>();
  useEffect(() => {
    if (!type) return setReadyFor(undefined);
    setProblem(undefined);
    form.resetFields();
    form.setFieldsValue(formValuesFrom(type === 'new' ? undefined : type.versions[type.versions.length - 1], todayIso()));
    setReadyFor(type === 'new' ? 'new' : String(type.id));
  }, [type, form]);
  const isReady = readyFor === formKey;

  async function submit() {
    if (!type) return;
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    // A benefit above the fund's payout ceiling is saved only once the treasurer confirms it (issue 14 §11).
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      type === 'new'
        ? api.fund['welfare.addType']({
            category: values.category ?? '',
            nameTh: values.nameTh ?? '',
            nameEn: values.nameEn ?? '',
            version: versionFrom(values),
            resolutionId: values.resolutionId ?? null,
            isLargeAmountConfirmed,
          })
        : api.fund['welfare.addRuleVersion']({
            typeId: type.id,
            version: versionFrom(values),
            resolutionId: values.resolutionId ?? null,
            isLargeAmountConfirmed,
          }),
    );
    setSaving(false);
    if (!result.ok) {
      const error = result.error;
      const isShown = showErrorOnForm(form, error, { stripPrefix: 'version.', aliases: recipientAliases });
      return setProblem(isShown ? undefined : localized(error.message));
    }
    const saved = result.value;
    message.success(
      'change' in saved && saved.change === 'corrected'
        ? t('ui.welfareRules.corrected', { date: formatDate(values.effectiveFrom, language) })
        : t('ui.welfareRules.saved'),
    );
    onSaved(saved);
  }

  // Which will happen on saving (issue 14): a new version, the correction of an unused one, or a refusal.
  const change = (() => {
    if (!type || type === 'new' || typeof effectiveFrom !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom)) return undefined;
    const date = formatDate(effectiveFrom, language);
    if (!type.versions.some((version) => version.effectiveFrom === effectiveFrom))
      return { kind: 'info' as const, text: t('ui.welfareRules.willAdd', { date }) };
    const claimNo = type.usedBy[effectiveFrom];
    return claimNo === undefined
      ? { kind: 'warning' as const, text: t('ui.welfareRules.willCorrect', { date }) }
      : { kind: 'error' as const, text: t('ui.welfareRules.inUse', { date, claimNo }) };
  })();

  const required = { required: true, message: t('ui.form.required') };
  const unitWord = t(`ui.welfare.words.${unit ?? 'night'}`);
  return (
    <Drawer
      open={type !== undefined}
      size={760}
      destroyOnHidden
      title={
        type === 'new'
          ? t('ui.welfareRules.newTypeTitle')
          : type
            ? t('ui.welfareRules.amendTitle', { name: language === 'en' ? type.nameEn : type.nameTh })
            : ''
      }
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <WriteAction>
            <Button type="primary" loading={isSaving} onClick={() => void submit()} data-testid="rule-submit">
              {t('ui.welfareRules.submit')}
            </Button>
          </WriteAction>
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        title={t(isNew ? 'ui.welfareRules.newTypeNote' : 'ui.welfareRules.amendNote')}
        style={{ marginBottom: 16 }}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="rule-problem" />}
      {change && <Alert type={change.kind} showIcon title={change.text} style={{ marginBottom: 16 }} data-testid="rule-change" />}
      <Form form={form} layout="vertical" data-testid="rule-form" style={{ visibility: isReady ? 'visible' : 'hidden' }}>
        {isNew && (
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="category" label={t('ui.welfare.category')} rules={[required]}>
                <Select
                  data-testid="rule-category"
                  options={welfareCategories.map((category) => ({
                    value: category.key,
                    label: language === 'en' ? category.nameEn : category.nameTh,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="nameTh" label={t('fields.nameTh')} rules={[required]}>
                <Input data-testid="rule-name-th" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="nameEn" label={t('fields.nameEn')} rules={[required]}>
                <Input data-testid="rule-name-en" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="effectiveFrom"
              label={t('ui.welfareRules.labels.effectiveFrom')}
              rules={[required, isoDateRule(t('ui.form.badDate'))]}
            >
              <BuddhistDateInput data-testid="rule-effective-from" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="resolutionId" label={t('ui.welfareRules.resolution')} extra={t('ui.welfareRules.resolutionHelp')}>
              <ResolutionPicker targetKind="rule-version" data-testid="rule-resolution" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>{countInput('waitingDays', t('ui.welfareRules.form.waitingDays'), { rules: [required] })}</Col>
          <Col span={8}>
            {countInput('maxArrearsMonths', t('ui.welfareRules.form.maxArrearsMonths'), {
              extra: t('ui.welfareRules.form.emptyUnchecked'),
            })}
          </Col>
        </Row>
        <Form.Item name="clause" label={t('fields.clause')} extra={t('ui.welfareRules.form.clauseHint')}>
          <Input maxLength={100} placeholder={t('ui.welfareRules.form.clausePlaceholder')} data-testid="rule-clause" />
        </Form.Item>
        <Form.Item name="waitingFrom" label={t('ui.welfareRules.form.waitingFrom')}>
          <Radio.Group
            data-testid="rule-waiting-from"
            options={waitingFromKinds.map((value) => ({ value, label: t(`ui.welfareRules.waitingFrom.${value}`) }))}
          />
        </Form.Item>
        <Divider titlePlacement="start">{t('ui.welfareRules.labels.conditions')}</Divider>
        <Row gutter={16}>
          <Col span={6}>{countInput('minMembershipYears', t('ui.welfareRules.form.minMembershipYears'))}</Col>
          <Col span={6}>{countInput('ageMin', t('ui.welfareRules.form.ageMin'))}</Col>
          <Col span={6}>{countInput('ageMax', t('ui.welfareRules.form.ageMax'))}</Col>
          <Col span={6}>
            <Form.Item name="gender" label={t('ui.welfareRules.form.gender')}>
              <Select
                options={(['any', 'male', 'female'] as const).map((value) => ({
                  value,
                  label: value === 'any' ? t('ui.welfareRules.form.anyGender') : t(`ui.welfare.words.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('ui.welfareRules.labels.amount')}</Divider>
        <Form.Item name={['amount', 'kind']}>
          <Radio.Group
            optionType="button"
            data-testid="rule-amount-kind"
            options={(['per-event', 'per-unit', 'by-membership-years'] as const).map((value) => ({
              value,
              label: t(`ui.welfareRules.kinds.${value}`),
            }))}
          />
        </Form.Item>
        {kind === 'per-event' && (
          <Row gutter={16}>
            <Col span={8}>
              {moneyField(['amount', 'amountSatang'], t('ui.welfareRules.form.amountPerEvent'), t, {
                isRequired: true,
                testId: 'rule-amount-per-event',
              })}
            </Col>
          </Row>
        )}
        {kind === 'per-unit' && (
          <Row gutter={16}>
            <Col span={5}>
              <Form.Item name={['amount', 'unit']} label={t('ui.welfareRules.form.unit')}>
                <Select options={(['night', 'day'] as const).map((value) => ({ value, label: t(`ui.welfare.words.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col span={7}>
              {moneyField(['amount', 'perUnitSatang'], t('ui.welfareRules.form.perUnit', { unit: unitWord }), t, {
                isRequired: true,
                testId: 'rule-per-unit',
              })}
            </Col>
            <Col span={5}>{countInput(['amount', 'maxUnitsPerEvent'], t('ui.welfareRules.form.maxUnits', { unit: unitWord }))}</Col>
            <Col span={7}>{moneyField(['amount', 'maxAmountPerEventSatang'], t('ui.welfareRules.form.maxPerEvent'), t)}</Col>
          </Row>
        )}
        {kind === 'by-membership-years' && <TierFields />}
        <Divider titlePlacement="start">{t('ui.welfareRules.form.caps')}</Divider>
        <Row gutter={16}>
          <Col span={4}>{countInput(['yearlyCap', 'count'], t('ui.welfareRules.form.yearlyCount'))}</Col>
          {kind === 'per-unit' && (
            <Col span={4}>{countInput(['yearlyCap', 'units'], t('ui.welfareRules.form.yearlyUnits', { unit: unitWord }))}</Col>
          )}
          <Col span={kind === 'per-unit' ? 6 : 8}>
            {moneyField(['yearlyCap', 'amountSatang'], t('ui.welfareRules.form.yearlyAmount'), t)}
          </Col>
          <Col span={4}>{countInput(['lifetimeCap', 'count'], t('ui.welfareRules.form.lifetimeCount'))}</Col>
          <Col span={6}>{moneyField(['lifetimeCap', 'amountSatang'], t('ui.welfareRules.form.lifetimeAmount'), t)}</Col>
        </Row>
        <Form.Item
          name="recipients"
          label={t('ui.welfareRules.labels.recipients')}
          rules={[{ required: true, type: 'array', min: 1, message: t('ui.welfareRules.form.recipientsRequired') }]}
        >
          <Checkbox.Group options={recipientKinds.map((value) => ({ value, label: t(`ui.welfare.words.${value}`) }))} />
        </Form.Item>
        <DocumentFields />
      </Form>
      {type && type !== 'new' && (
        <DraftEstimate
          typeId={type.id}
          draft={async () => {
            const values = await form.validateFields().catch(() => undefined);
            return values && versionFrom(values);
          }}
        />
      )}
    </Drawer>
  );
}
