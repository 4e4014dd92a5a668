import { cloneElement, createContext, useContext, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadOnlyState } from '../../shared/api/app-contract';
import { WhyDisabled } from '../components/WhyDisabled';

/** Why the open fund takes no writes (issue 15 §5), in words; undefined when it takes them. */
const ReadOnlyContext = createContext<string | undefined>(undefined);

export const ReadOnlyProvider = ReadOnlyContext.Provider;

/** The reason a fund is open only to look, as the banner says it. */
export function readOnlyText(t: (key: string, params?: Record<string, unknown>) => string, readOnly: ReadOnlyState): string {
  return t(`readOnlyReasons.${readOnly.reason}`, readOnly.params);
}

export function useReadOnlyReason(): string | undefined {
  return useContext(ReadOnlyContext);
}

/**
 * A button that saves something. In a fund open only to look it stays where it is, disabled, and says why when
 * pointed at or tabbed to (the backend refuses the write anyway: this only saves her the trip).
 */
export function WriteAction({ children }: { children: ReactElement<{ disabled?: boolean }> }) {
  const { t } = useTranslation();
  const reason = useReadOnlyReason();
  if (reason === undefined) return children;
  return <WhyDisabled reason={t('ui.readOnly.why', { reason })}>{cloneElement(children, { disabled: true })}</WhyDisabled>;
}
