/** Browser script of the cluster review: bundles only the review, its view and its flags. */
import { clusterReview } from '../../calculators/cluster-review';
import { clusterReviewFlags, clusterReviewView } from '../../generators/calculators/views/cluster-review';
import { mountCalculators } from './mount';

mountCalculators('cluster-review', {
  calculate: clusterReview,
  view: clusterReviewView,
  flags: clusterReviewFlags,
  linkReducers: async (data) => {
    const { reduceClusterText, reducePrefixText, positionFields } = await import('../../calculators/review/reduce');
    const settings = positionFields(data.context);
    return { cluster: (text) => reduceClusterText(text, settings), subnets: reducePrefixText };
  },
});
