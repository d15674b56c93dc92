// What other features use of "For my next appointment": the offers to keep a question and the message menu.
export { CloseQuestionOffer } from './CloseQuestionOffer';
export { MessageMenu } from './MessageMenu';
export { RedirectOffer } from './RedirectOffer';
