import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolutionTargetKind } from '../../../shared/api/meeting-types';
import { ResolutionPicker } from './ResolutionPicker';
import { useApprovalsCite } from './use-approvals-cite';

type Props = {
  /** What the resolution decides: a claim's form offers claim decisions only. */
  targetKind: ResolutionTargetKind;
  /** The form's field for the resolution's id, as the method names it. */
  resolutionField: string;
  /** The form's field for the words (a meeting reference typed), when the record keeps one; none: a resolution only. */
  wordsField?: string;
  wordsLabel?: string;
  /** Words stand in for a resolution even with the setting on (an approval from before the fund used the app). */
  wordsAlwaysAllowed?: boolean;
  testId: string;
  /** The words field's test id, where an older form's tests know it by another name. */
  wordsTestId?: string;
};

/**
 * "Approved at meeting X, resolution Y" where an approval is made (issue 17 §2): the resolution picked from the
 * held meetings, and — when the fund does not require a resolution, or for what was decided before it kept its
 * meetings in the app — the meeting's words as typed. One of the two is needed; the backend checks the rest.
 */
export function CitationFields({
  targetKind,
  resolutionField,
  wordsField,
  wordsLabel,
  wordsAlwaysAllowed = false,
  testId,
  wordsTestId = `${testId}-text`,
}: Props) {
  const { t } = useTranslation();
  const isRequired = useApprovalsCite();
  const form = Form.useFormInstance();
  const picked = Form.useWatch(resolutionField, form) as number | null | undefined;
  const showsWords = wordsField !== undefined && (isRequired === false || wordsAlwaysAllowed);
  return (
    <>
      <Form.Item
        name={resolutionField}
        label={t('ui.citations.resolution')}
        extra={isRequired ? t('ui.citations.requiredHelp') : t('ui.citations.optionalHelp')}
      >
        <ResolutionPicker targetKind={targetKind} data-testid={`${testId}-resolution`} />
      </Form.Item>
      {showsWords && !picked && (
        <Form.Item
          name={wordsField}
          label={wordsLabel ?? t('ui.citations.words')}
          rules={[{ required: true, whitespace: true, message: t('ui.citations.wordsRequired') }]}
        >
          <Input maxLength={100} placeholder={t('ui.welfare.promptPlaceholders.approve')} data-testid={wordsTestId} />
        </Form.Item>
      )}
    </>
  );
}
