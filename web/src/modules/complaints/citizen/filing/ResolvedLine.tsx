/** Where a point lies: kelurahan and kecamatan as the server resolves them, or its refusal (outside the city). */
import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/problem';
import { ErrorMessage } from '../../../../ui/feedback';
import type { ResolvedPlace } from './queries';

export function outsideCityMessage(query: UseQueryResult<ResolvedPlace>): string | null {
  return query.error instanceof ApiError && query.error.status === 422 ? query.error.message : null;
}

export function placeName(place: ResolvedPlace, t: TFunction<'filing'>): string {
  return place.kelurahan
    ? t('resolved.both', { kelurahan: place.kelurahan.name, kecamatan: place.kecamatan.name })
    : t('resolved.kecamatan', { kecamatan: place.kecamatan.name });
}

export function ResolvedLine({ query }: { query: UseQueryResult<ResolvedPlace> }) {
  const { t } = useTranslation('filing');
  const outside = outsideCityMessage(query);
  if (outside) {
    return (
      <p className="field-error" role="alert">
        {outside}
      </p>
    );
  }
  if (query.isError) return <ErrorMessage error={query.error} />;
  return (
    <div role="status" aria-live="polite">
      {query.isFetching && !query.data && <p className="hint">{t('resolved.looking')}</p>}
      {query.data && (
        <>
          <p className="filing-resolved">{placeName(query.data, t)}</p>
          {query.data.approximate && <p className="hint">{query.data.note}</p>}
        </>
      )}
    </div>
  );
}
