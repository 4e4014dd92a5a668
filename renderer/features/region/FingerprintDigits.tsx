import { Space, Typography } from 'antd';

/** Large enough to compare digit by digit while the treasurer reads hers on the phone. */
const groupStyle = { fontFamily: 'monospace', fontSize: 26, letterSpacing: 2 } as const;

/** A key's fingerprint as six groups of five digits (shared/domain/sync/fingerprint.ts), large. */
export function FingerprintDigits({ fingerprint, testId }: { fingerprint: string; testId: string }) {
  return (
    <Space wrap size={[20, 4]} data-testid={testId}>
      {fingerprint.split(/[\s-]+/).map((group, index) => (
        <Typography.Text key={index} strong style={groupStyle}>
          {group}
        </Typography.Text>
      ))}
    </Space>
  );
}
