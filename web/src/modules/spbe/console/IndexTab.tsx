/** The year's index on the chosen levels: total and predicate, every domain and aspect. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useIndex } from '../shared/api';
import { IndexView } from '../shared/IndexView';
import type { EvaluationDetail } from '../shared/types';
import { BasisToggle, useBasis } from './useBasis';

export function IndexTab({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('spbe');
  const [basis, setBasis] = useBasis();
  const index = useIndex(evaluation.year, basis);
  const title = t(basis === 'self' ? 'index.titleSelf' : 'index.titleFinal', { year: evaluation.year });
  return (
    <section aria-labelledby="spbe-index">
      <h2 id="spbe-index">{title}</h2>
      <BasisToggle basis={basis} onChange={setBasis} />
      {index.isPending ? (
        <Loading />
      ) : index.isError ? (
        <ErrorMessage error={index.error} />
      ) : (
        <IndexView index={index.data} title={title} idPrefix="spbe-index" headingLevel={3} />
      )}
    </section>
  );
}
