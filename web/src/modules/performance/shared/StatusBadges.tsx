/** An offer's and a report's status as a labelled badge; the words come from the performance locale. */
import { useTranslation } from 'react-i18next';
import type { OfferStatus, ReportStatus } from './types';
import './performance.css';

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation('performance');
  return <span className={`badge offer-${status}`}>{t(`offerStatus.${status}`, { defaultValue: status })}</span>;
}

/** No status: the quarter's report has not been opened. */
export function ReportStatusBadge({ status }: { status: ReportStatus | null }) {
  const { t } = useTranslation('performance');
  return <span className={`badge report-${status ?? 'none'}`}>{t(`reportStatus.${status ?? 'none'}`, { defaultValue: status ?? '' })}</span>;
}
