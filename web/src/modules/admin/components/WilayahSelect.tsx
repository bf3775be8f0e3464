/** A kecamatan or one of its kelurahan, grouped by kecamatan; the first option is "none". */
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '../../../ui/Field';
import { useWilayah } from '../../complaints/shared/hooks';

interface Props extends ControlProps {
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
}

export function WilayahSelect({ value, onChange, emptyLabel, ...control }: Props) {
  const { t } = useTranslation('admin');
  const wilayah = useWilayah();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)} disabled={wilayah.isPending}>
      <option value="">{emptyLabel}</option>
      {(wilayah.data ?? []).map((kec) => (
        <optgroup key={kec.id} label={kec.name}>
          <option value={kec.id}>{t('shared.kecamatanNamed', { name: kec.name })}</option>
          {kec.kelurahan.map((kel) => (
            <option key={kel.id} value={kel.id}>
              {t('shared.kelurahanNamed', { name: kel.name })}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
