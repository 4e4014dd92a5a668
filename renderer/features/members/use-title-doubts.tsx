import { App as AntApp } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { titleDoubts, type TitleDoubt } from '../../../shared/domain/members/titles';
import { todayIso } from '../../components/today';
import type { MemberFormValues } from './member-form-values';

function keyOf(doubt: TitleDoubt): string {
  return doubt.code === 'title-gender' ? `${doubt.code}:${doubt.title}:${doubt.expected}` : `${doubt.code}:${doubt.title}:${doubt.age}`;
}

/**
 * A title that does not match the gender, or does not fit the age (นาย/นาง under 15, เด็กชาย/เด็กหญิง from 15),
 * is asked about once before saving (issue 14 §16): "save as it is" or "go back". Each doubt is asked once per
 * form, so a second save of the same profile (after another field was corrected) goes straight through.
 */
export function useTitleDoubts() {
  const { modal } = AntApp.useApp();
  const { t } = useTranslation();
  const asked = useRef(new Set<string>());
  return async function isConfirmed(values: Pick<MemberFormValues, 'title' | 'gender' | 'birthDate'>): Promise<boolean> {
    const doubts = titleDoubts(values, todayIso()).filter((doubt) => !asked.current.has(keyOf(doubt)));
    if (doubts.length === 0) return true;
    doubts.forEach((doubt) => asked.current.add(keyOf(doubt)));
    return modal.confirm({
      title: t('ui.members.doubts.title'),
      content: (
        <ul style={{ paddingInlineStart: 20, margin: 0 }} data-testid="member-doubts">
          {doubts.map((doubt) => (
            <li key={keyOf(doubt)}>
              {doubt.code === 'title-gender'
                ? t('ui.members.doubts.title-gender', { title: doubt.title, gender: t(`ui.members.${doubt.expected}`) })
                : t(`ui.members.doubts.${doubt.code}`, { title: doubt.title, age: doubt.age })}
            </li>
          ))}
        </ul>
      ),
      okText: t('ui.members.doubts.save'),
      cancelText: t('ui.members.doubts.back'),
      okButtonProps: { 'data-testid': 'member-doubts-save' },
      cancelButtonProps: { 'data-testid': 'member-doubts-back' },
    });
  };
}
