/** Dimension and element codes as words, from the server's list of the six dimensions. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDimensions } from './api';
import type { Stage } from './types';

export function useDimensionNames() {
  const dimensions = useDimensions();
  return useMemo(() => {
    const dims = new Map<string, string>();
    const elements = new Map<string, string>();
    for (const d of dimensions.data ?? []) {
      dims.set(d.code, d.name);
      for (const e of d.elements) elements.set(`${d.code}/${e.code}`, e.name);
    }
    return {
      dimension: (code: string) => dims.get(code) ?? code,
      element: (dimension: string, code: string) => elements.get(`${dimension}/${code}`) ?? code,
    };
  }, [dimensions.data]);
}

/** "Tahap II 2024" */
export function useEvaluationName(): (evaluation: { year: number; stage: Stage }) => string {
  const { t } = useTranslation('smartcity');
  return (e) => t('stageName', { stage: t(`stage.${e.stage}`), year: e.year });
}
