// The rules for stating figures, shared by the server and the web app (one home for each rule).
export {
  APPROX_KINDS,
  APPROX_WORDS,
  channelSetLabel,
  formatFigure,
  rollUpByChannel,
  sumApprox,
  totalOf,
  type Approx,
  type ChannelLine,
} from '../domain/activities/figures';
