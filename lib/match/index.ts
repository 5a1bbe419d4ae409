export { Matcher, MatcherData, type Match } from './matcher';
export { keepSupported } from './disambiguate';
