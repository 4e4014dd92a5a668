import { List } from 'antd';
import type { ExplanationLine } from '../../../shared/domain/welfare/decide-claim';
import { settleConditionCodes } from '../../../shared/domain/welfare/settle-payout';
import { explanationText } from './explanation';

/** How a line is marked: passed ✓, failed ✗, a condition to settle before paying ⚠, informational •. */
export function lineMark(line: ExplanationLine): string {
  if (line.passed === true) return '✓ ';
  if (line.passed === false) return '✗ ';
  return settleConditionCodes.includes(line.code) ? '⚠ ' : '• ';
}

/** The engine's explanation, a line each; nothing at all when there is nothing to explain (no empty box). */
export function ExplanationList({ lines, testId }: { lines: readonly ExplanationLine[]; testId?: string }) {
  if (lines.length === 0) return null;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={[...lines]}
      renderItem={(line) => (
        <List.Item>
          {lineMark(line)}
          {explanationText(line)}
        </List.Item>
      )}
    />
  );
}
