import { Alert, Button, Card, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedFile } from '../../../shared/api/app-contract';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { clauseItems, essentialClauseGroups } from '../../../shared/domain/bylaws/clause-groups';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { ResolutionPicker } from '../meetings/ResolutionPicker';
import { AttachmentPicker } from './AttachmentPicker';
import { amendmentLabel } from './bylaw-labels';

type Values = {
  bylawTitle?: string;
  amendmentNo?: number;
  adoptedOn?: string;
  meetingKind: 'resolution' | 'text';
  resolutionId?: number | null;
  adoptedAtText?: string;
  bodyText?: string;
  /** Where each checklist item is found, by its place in the checklist; blank: not covered. */
  foundAt?: (string | undefined)[];
  ruleVersionIds?: number[];
  attachments?: ReceivedFile[];
};

/**
 * A new version of the bylaws (issue 17 §3): its title, amendment number (the next one, filled in), adoption
 * date, the meeting that adopted it (a resolution picked, or words for a meeting before the app), its text, where
 * each essential clause is found, the welfare rule versions it adopts and the signed paper. The backend refuses
 * what does not hold (an earlier date, a skipped number) on the field concerned.
 */
export function BylawForm({
  nextAmendmentNo,
  onClose,
  onDone,
}: {
  nextAmendmentNo: number;
  onClose: () => void;
  onDone: (versionId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [types, setTypes] = useState<WelfareTypeView[]>([]);
  const meetingKind = Form.useWatch('meetingKind', form);
  const required = { required: true, message: t('ui.form.required') };
  useEffect(() => {
    void api.fund['welfare.types']({}).then((result) => result.ok && setTypes(result.value));
  }, []);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const clauses = clauseItems
      .map((item, index) => ({ item, index, foundAt: values.foundAt?.[index]?.trim() ?? '' }))
      .filter((clause) => clause.foundAt !== '');
    const attachments = values.attachments ?? [];
    const result = await api.fund['bylaws.add']({
      bylawTitle: values.bylawTitle ?? '',
      amendmentNo: values.amendmentNo ?? 0,
      adoptedOn: values.adoptedOn ?? '',
      resolutionId: values.meetingKind === 'resolution' ? (values.resolutionId ?? null) : null,
      adoptedAtText: values.meetingKind === 'text' ? (values.adoptedAtText ?? '') : '',
      bodyText: values.bodyText ?? '',
      clauses: clauses.map(({ item, foundAt }) => ({ item, foundAt })),
      ruleVersionIds: values.ruleVersionIds ?? [],
      attachments: attachments.map((file) => file.fileId),
    });
    setBusy(false);
    if (!result.ok) {
      // A checklist row, a rule or a file is named by its place in what was sent: point at it on the form.
      const aliases: Record<string, string> = {};
      clauses.forEach((clause, sent) => {
        aliases[`clauses.${sent}.foundAt`] = `foundAt.${clause.index}`;
        aliases[`clauses.${sent}.item`] = `foundAt.${clause.index}`;
      });
      (values.ruleVersionIds ?? []).forEach((_, sent) => (aliases[`ruleVersionIds.${sent}`] = 'ruleVersionIds'));
      attachments.forEach((_, sent) => (aliases[`attachments.${sent}`] = 'attachments'));
      if (!showErrorOnForm(form, result.error, { aliases })) setProblem(localized(result.error.message));
      return;
    }
    onDone(result.value.id);
  }

  const ruleOptions = types.map((type) => ({
    label: language === 'en' ? type.nameEn : type.nameTh,
    options: type.versions.map((version) => {
      const name = language === 'en' ? type.nameEn : type.nameTh;
      const adopted = type.adoptedBy[version.effectiveFrom];
      const dateText = formatDate(version.effectiveFrom, language);
      return {
        value: type.versionIds[version.effectiveFrom] ?? 0,
        disabled: adopted !== undefined,
        label: adopted
          ? t('ui.bylaws.form.ruleAdopted', { name, date: dateText, amendment: amendmentLabel(t, adopted.amendmentNo) })
          : t('ui.bylaws.form.ruleOption', { name, date: dateText }),
      };
    }),
  }));

  return (
    <Drawer
      open
      size={920}
      title={t('ui.bylaws.form.title')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="bylaw-save">
            {t('ui.common.save')}
          </Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="bylaw-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        labelWrap
        initialValues={{ amendmentNo: nextAmendmentNo, meetingKind: 'resolution', foundAt: [] }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) =>
          form.setFields((Object.keys(changed) as (keyof Values)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Form.Item name="bylawTitle" label={t('fields.bylawTitle')} rules={[required]}>
          <Input maxLength={200} placeholder={t('ui.bylaws.form.titlePlaceholder')} data-testid="bylaw-title" autoFocus />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="amendmentNo"
            label={t('fields.amendmentNo')}
            rules={[required]}
            extra={t('ui.bylaws.form.amendmentHint')}
            style={{ flex: 1 }}
          >
            <InputNumber min={0} max={999} style={{ width: '100%' }} data-testid="bylaw-amendment-no" />
          </Form.Item>
          <Form.Item
            name="adoptedOn"
            label={t('fields.adoptedOn')}
            rules={[required, isoDateRule(t('ui.form.badDate'))]}
            style={{ flex: 1 }}
          >
            <BuddhistDateInput data-testid="bylaw-adopted-on" />
          </Form.Item>
        </div>
        <Form.Item name="meetingKind" label={t('ui.bylaws.form.meetingKind')}>
          <Radio.Group data-testid="bylaw-meeting-kind">
            <Radio value="resolution" data-testid="bylaw-by-resolution">
              {t('ui.bylaws.form.byResolution')}
            </Radio>
            <Radio value="text" data-testid="bylaw-by-text">
              {t('ui.bylaws.form.byText')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {meetingKind === 'text' ? (
          <Form.Item name="adoptedAtText" label={t('fields.adoptedAtText')}>
            <Input maxLength={300} placeholder={t('ui.bylaws.form.textPlaceholder')} data-testid="bylaw-adopted-at-text" />
          </Form.Item>
        ) : (
          <Form.Item name="resolutionId" label={t('fields.resolutionId')}>
            <ResolutionPicker targetKind="bylaw-adoption" data-testid="bylaw-resolution" />
          </Form.Item>
        )}
        <Form.Item name="bodyText" label={t('fields.bodyText')}>
          <Input.TextArea rows={5} placeholder={t('ui.bylaws.form.bodyPlaceholder')} data-testid="bylaw-body" />
        </Form.Item>
        <Typography.Title level={5}>{t('ui.bylaws.form.checklist')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('ui.bylaws.form.checklistHint')}</Typography.Paragraph>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, marginBottom: 16 }}>
          {essentialClauseGroups.map((entry) => (
            <Card key={entry.group} size="small" title={t(`bylaws.groups.${entry.group}`)} data-testid={`bylaw-group-${entry.group}`}>
              {entry.items.map((item) => {
                const index = clauseItems.indexOf(item);
                return (
                  <Form.Item
                    key={item}
                    name={['foundAt', index]}
                    label={t(`bylaws.items.${item}`)}
                    layout="horizontal"
                    labelCol={{ span: 14 }}
                    wrapperCol={{ span: 10 }}
                    style={{ marginBottom: 8 }}
                  >
                    <Input
                      size="small"
                      maxLength={100}
                      placeholder={t('ui.bylaws.form.foundAtPlaceholder')}
                      data-testid={`bylaw-found-${item}`}
                    />
                  </Form.Item>
                );
              })}
            </Card>
          ))}
        </div>
        <Form.Item name="ruleVersionIds" label={t('ui.bylaws.form.rules')}>
          <Select
            mode="multiple"
            allowClear
            options={ruleOptions}
            placeholder={t('ui.bylaws.form.rulesPlaceholder')}
            data-testid="bylaw-rules"
          />
        </Form.Item>
        <Form.Item name="attachments" label={t('fields.attachments')}>
          <AttachmentPicker data-testid="bylaw-attachments" />
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Drawer>
  );
}
