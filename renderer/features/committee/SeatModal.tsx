import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeTerm } from '../../../shared/api/committee-types';
import type { MemberRow } from '../../../shared/api/fund-types';
import { committeePositions, communityRoles, type CommitteePosition, type CommunityRole } from '../../../shared/domain/committee/committee';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { VillageSelect } from '../villages/VillageSelect';

type Values = {
  kind: 'member' | 'outsider';
  memberId?: number;
  outsiderName?: string;
  position?: CommitteePosition;
  communityRole?: CommunityRole;
  villageId?: number | null;
  roleNote?: string;
  phone?: string;
  startsOn?: string;
  endsOn?: string;
};

/**
 * Adds a seat to a term: a member picked from the register (by name or number) or an outsider by name, the office,
 * the role in the community (a member representative names the หมู่), phone and the days it holds office. The
 * backend's refusal (a second chair, days outside the term, an outsider the bylaw refuses) shows on its field.
 */
export function SeatModal({ term, onClose, onDone }: { term: CommitteeTerm; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<MemberRow[]>([]);
  const kind = Form.useWatch('kind', form) ?? 'member';
  const role = Form.useWatch('communityRole', form);
  const required = { required: true, message: t('ui.form.required') };
  const today = todayIso();
  const startsOn = today < term.startsOn ? term.startsOn : today > term.endsOn ? term.endsOn : today;

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['committee.addSeat']({
      termId: term.id,
      memberId: values.kind === 'member' ? (values.memberId ?? null) : null,
      outsiderName: values.kind === 'outsider' ? (values.outsiderName ?? '') : '',
      position: values.position ?? 'member',
      communityRole: values.communityRole ?? 'member-representatives',
      villageId: values.villageId ?? null,
      roleNote: values.roleNote ?? '',
      phone: values.phone ?? '',
      startsOn: values.startsOn ?? '',
      endsOn: values.endsOn || null,
    });
    setBusy(false);
    if (!result.ok) {
      const aliases = { person: values.kind === 'member' ? 'memberId' : 'outsiderName' };
      if (!showErrorOnForm(form, result.error, { aliases })) setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  function search(query: string) {
    if (query.trim() === '') return;
    void api.fund['members.search']({ query: query.trim(), limit: 20 }).then((result) => result.ok && setFound(result.value.rows));
  }

  return (
    <Modal
      open
      title={t('ui.committee.addSeatTitle', { termNo: term.termNo })}
      okText={t('ui.common.save')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'seat-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="seat-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'member', communityRole: 'member-representatives', startsOn }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) =>
          form.setFields((Object.keys(changed) as (keyof Values)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Form.Item name="kind" label={t('ui.committee.personKind')}>
          <Radio.Group
            data-testid="seat-kind"
            options={[
              { value: 'member', label: t('ui.committee.fromRegister') },
              { value: 'outsider', label: t('ui.committee.outsider') },
            ]}
          />
        </Form.Item>
        {kind === 'member' ? (
          <Form.Item name="memberId" label={t('fields.memberId')} rules={[required]}>
            <Select
              showSearch={{ filterOption: false, onSearch: search }}
              placeholder={t('ui.committee.memberSearch')}
              data-testid="seat-member"
              autoFocus
              options={found.map((row) => ({ value: row.id, label: `${row.memberNo} ${row.fullName}` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="outsiderName" label={t('fields.outsiderName')} rules={[required]}>
            <Input maxLength={120} placeholder={t('ui.committee.outsiderPlaceholder')} data-testid="seat-outsider" />
          </Form.Item>
        )}
        <Form.Item name="position" label={t('fields.position')} rules={[required]}>
          <Select
            data-testid="seat-position"
            showSearch={{ optionFilterProp: 'label' }}
            options={committeePositions.map((value) => ({ value, label: t(`committee.positions.${value}`) }))}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="communityRole" label={t('fields.communityRole')} style={{ flex: 1 }}>
            <Select data-testid="seat-role" options={communityRoles.map((value) => ({ value, label: t(`committee.roles.${value}`) }))} />
          </Form.Item>
          {role === 'member-representatives' && (
            <Form.Item name="villageId" label={t('fields.villageId')} style={{ flex: 1 }}>
              <VillageSelect />
            </Form.Item>
          )}
        </div>
        <Form.Item name="roleNote" label={t('fields.roleNote')}>
          <Input maxLength={120} placeholder={t('ui.committee.roleNotePlaceholder')} data-testid="seat-role-note" />
        </Form.Item>
        <Form.Item name="phone" label={t('fields.phone')}>
          <Input maxLength={40} inputMode="tel" data-testid="seat-phone" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="startsOn"
            label={t('fields.startsOn')}
            rules={[required, isoDateRule(t('ui.form.badDate'))]}
            extra={t('ui.committee.seatStartHint')}
            style={{ flex: 1 }}
          >
            <BuddhistDateInput data-testid="seat-starts-on" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('ui.committee.endsOnOptional')} rules={[isoDateRule(t('ui.form.badDate'))]} style={{ flex: 1 }}>
            <BuddhistDateInput data-testid="seat-ends-on" />
          </Form.Item>
        </div>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
