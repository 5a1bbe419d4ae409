export { Matcher, MatcherData, type Match } from './matcher';
export { resolveMentions } from './disambiguate';
