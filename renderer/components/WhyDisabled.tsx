import { Tooltip } from 'antd';
import type { FC, ReactElement, ReactNode } from 'react';

/**
 * No button is disabled without saying why (issue 14 §16): wrap it, give the reason while it is disabled, and
 * the reason shows when she points at it or tabs to it. Pass `undefined` once the button works. The wrapper stays
 * in place either way, so the button is never re-mounted between a click's aim and its press.
 */
export function WhyDisabled({ reason, children }: { reason: string | undefined; children: ReactElement }) {
  return (
    <Tooltip title={reason}>
      <span className="why-disabled" data-why-disabled={reason} tabIndex={reason === undefined ? undefined : 0}>
        {children}
      </span>
    </Tooltip>
  );
}

/** A modal's footer whose OK button, while disabled, says why (Modal's `footer` render function). */
export function footerSayingWhy(reason: string | undefined) {
  return function footer(_original: ReactNode, { OkBtn, CancelBtn }: { OkBtn: FC; CancelBtn: FC }) {
    return (
      <>
        <CancelBtn />
        <WhyDisabled reason={reason}>
          <OkBtn />
        </WhyDisabled>
      </>
    );
  };
}
