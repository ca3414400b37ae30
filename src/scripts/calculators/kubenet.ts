/** Browser script of the kubenet calculator: bundles only this calculator, its view and its flags. */
import { kubenet } from '../../calculators/kubenet';
import { kubenetFlags, kubenetView } from '../../generators/calculators/views/kubenet';
import { mountCalculators } from './mount';

mountCalculators('kubenet', { calculate: kubenet, view: kubenetView, flags: kubenetFlags });
