/**
 * Every performance page works on a yearly period: until the planning API holds one, the page says
 * so and who adds it, instead of showing empty choices.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import type { usePeriodChoice } from './usePeriodChoice';

export function YearGate({ choice, children }: { choice: ReturnType<typeof usePeriodChoice>; children: ReactNode }) {
  const { t } = useTranslation('performance');
  if (choice.query.isPending) return <Loading />;
  if (choice.query.isError) return <ErrorMessage error={choice.query.error} />;
  if (!choice.period) {
    return (
      <EmptyState title={t('years.empty')}>
        <p>{t('years.emptyText')}</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}
