/** Browser script of the overlay calculator: bundles only this calculator, its view and its flags. */
import { overlay } from '../../calculators/overlay';
import { overlayFlags, overlayView } from '../../generators/calculators/views/overlay';
import { mountCalculators } from './mount';

mountCalculators('overlay', { calculate: overlay, view: overlayView, flags: overlayFlags });
