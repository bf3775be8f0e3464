/** A choice of today's OPDs, by full name; the first option is "none" or a prompt. */
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '../../../ui/Field';
import { useOpdChoices } from './opds';

interface Props extends ControlProps {
  value: string;
  onChange: (id: string) => void;
  /** The first option's text, e.g. "— pilih OPD —" or "Tidak ada". */
  emptyLabel: string;
  only?: string[];
  exclude?: string;
  required?: boolean;
}

export function OpdSelect({ value, onChange, emptyLabel, only, exclude, required, ...control }: Props) {
  const { t } = useTranslation();
  const opds = useOpdChoices(only);
  return (
    <select {...control} value={value} required={required} onChange={(e) => onChange(e.target.value)} disabled={opds.isPending}>
      <option value="">{opds.isPending ? t('state.loading') : emptyLabel}</option>
      {opds.items
        .filter((o) => o.id !== exclude)
        .map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
    </select>
  );
}
