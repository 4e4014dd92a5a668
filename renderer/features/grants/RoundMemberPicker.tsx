import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { villageLabel } from '../villages/village-label';

type Props = {
  /** Given by the Form.Item it sits in: the ids of the members named so far. */
  value?: number[];
  onChange?: (memberIds: number[]) => void;
  'data-testid'?: string;
};

/**
 * The members a past round counted, named one by one from the register: a search by name, number or citizen ID
 * (as the claim form's), each chosen member kept as a tag. The labels of those chosen are kept here, so a later
 * search that no longer lists them still shows who they are.
 */
export function RoundMemberPicker({ value = [], onChange, ...rest }: Props) {
  const { t } = useTranslation();
  // Where she lives tells two members of the same name apart, named as every other list names a village.
  const label = (row: MemberRow) =>
    row.moo === null && row.village === ''
      ? `${row.memberNo} ${row.fullName}`
      : `${row.memberNo} ${row.fullName} (${villageLabel(t, { moo: row.moo, name: row.village })})`;
  const [options, setOptions] = useState<MemberRow[]>([]);
  const labels = useRef(new Map<number, string>());
  const search = (query: string) =>
    void api.fund['members.search']({ query, limit: 20 }).then((result) => result.ok && setOptions(result.value.rows));
  useEffect(() => search(''), []);
  for (const row of options) labels.current.set(row.id, label(row));
  const shown = new Map(value.map((id) => [id, labels.current.get(id) ?? String(id)]));
  for (const row of options) shown.set(row.id, label(row));

  return (
    <Select<number[]>
      mode="multiple"
      showSearch
      filterOption={false}
      allowClear
      placeholder={t('ui.grants.pickMembers')}
      value={value}
      onSearch={search}
      onChange={(ids) => onChange?.(ids)}
      options={[...shown].map(([id, text]) => ({ value: id, label: text }))}
      notFoundContent={t('ui.grants.noMemberFound')}
      maxTagCount="responsive"
      style={{ width: '100%' }}
      data-testid={rest['data-testid']}
    />
  );
}
