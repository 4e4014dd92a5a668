import { List } from 'antd';
import type { ExplanationLine } from '../../../shared/domain/welfare/decide-claim';
import { explanationText } from './explanation';

/** The engine's explanation, a line each, marked passed ✓, failed ✗ or informational •. */
export function ExplanationList({ lines, testId }: { lines: readonly ExplanationLine[]; testId?: string }) {
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={[...lines]}
      renderItem={(line) => (
        <List.Item>
          {line.passed === true ? '✓ ' : line.passed === false ? '✗ ' : '• '}
          {explanationText(line)}
        </List.Item>
      )}
    />
  );
}
