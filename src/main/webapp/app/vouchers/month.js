// A month to show (this month, or an earlier one) for the counter's redemptions and the settlement.
import { t } from '../i18n.js';
import { h, field, thisMonth } from '../ui.js';

export function monthPicker(onChange) {
  const month = h('input', { type: 'month', name: 'month', value: thisMonth(), max: thisMonth() });
  month.addEventListener('change', () => month.value && onChange(month.value));
  return { control: field(t('month'), month), value: () => month.value };
}
