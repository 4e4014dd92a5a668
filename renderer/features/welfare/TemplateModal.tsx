import { Alert, Card, Descriptions, Form, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { isValidIsoDate } from '../../../shared/domain/calendar-date';
import { welfareTemplates } from '../../../shared/domain/welfare/templates';
import { api } from '../../api/client';
import { ResolutionPicker } from '../meetings/ResolutionPicker';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { ruleLines } from './rule-text';

type Props = { open: boolean; onClose: () => void; onApplied: (types: WelfareTypeView[]) => void };

const template = welfareTemplates[0];

/**
 * Adopting the welfare template (Decision 11, issue 14): she chooses from which date its rules are in force — the
 * fund's founding date by default, or the date of the bylaws or the meeting that adopted them — and reads the
 * rules as they will be saved before saving them. Never silently from today: a claim for last week would find no
 * rule in force.
 */
export function TemplateModal({ open, onClose, onApplied }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [form] = Form.useForm<{ effectiveFrom: string; resolutionId?: number | null }>();
  const [foundedOn, setFoundedOn] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  const effectiveFrom = Form.useWatch('effectiveFrom', form);

  useEffect(() => {
    if (!open) return;
    setProblem(undefined);
    void api.fund['fund.get']({}).then((result) => {
      if (!result.ok) return setProblem(localized(result.error.message));
      setFoundedOn(result.value.foundedOn);
      form.setFieldsValue({ effectiveFrom: result.value.foundedOn });
    });
  }, [open, form]);

  const isDate = typeof effectiveFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) && isValidIsoDate(effectiveFrom);
  const preview = template && isDate ? template.build(effectiveFrom) : [];

  async function apply() {
    if (!template) return;
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    const result = await api.fund['welfare.applyTemplate']({
      templateKey: template.key,
      effectiveFrom: values.effectiveFrom,
      resolutionId: values.resolutionId ?? null,
    });
    setSaving(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    onApplied(result.value);
  }

  return (
    <Modal
      open={open}
      centered
      width={900}
      title={t('ui.welfareTemplate.title')}
      onCancel={onClose}
      onOk={() => void apply()}
      okText={t('ui.welfareTemplate.confirm')}
      okButtonProps={{ loading: isSaving, 'data-testid': 'template-confirm' }}
      destroyOnHidden
    >
      {template && <Typography.Paragraph strong>{language === 'en' ? template.nameEn : template.nameTh}</Typography.Paragraph>}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="effectiveFrom"
          label={t('ui.welfareTemplate.effectiveFrom')}
          extra={foundedOn && t('ui.welfareTemplate.hint', { date: formatDate(foundedOn, language, 'long') })}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="template-date" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="resolutionId" label={t('ui.welfareRules.resolution')} extra={t('ui.welfareRules.resolutionHelp')}>
          <ResolutionPicker targetKind="rule-version" data-testid="template-resolution" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('ui.welfareTemplate.preview')}</Typography.Text>
      {/* The rules as they will be saved, in the same words as the rule list, so she reads before adopting them. */}
      <div style={{ maxHeight: '45vh', overflowY: 'auto', marginTop: 8 }} data-testid="template-preview">
        <Space orientation="vertical" style={{ width: '100%' }}>
          {preview.map((type) => (
            <Card key={type.code} size="small" title={language === 'en' ? type.nameEn : type.nameTh}>
              {type.versions.map((version) => (
                <Descriptions
                  key={version.effectiveFrom}
                  size="small"
                  column={2}
                  bordered
                  styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
                  items={ruleLines(t, version, language).map((line) => ({
                    key: line.key,
                    label: line.label,
                    span: line.key === 'amount' || line.key === 'documents' ? 2 : 1,
                    children: <span style={{ whiteSpace: 'pre-line' }}>{line.text}</span>,
                  }))}
                />
              ))}
            </Card>
          ))}
        </Space>
      </div>
    </Modal>
  );
}
