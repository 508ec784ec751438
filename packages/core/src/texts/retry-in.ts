/** The English sentence of `describeWait`, apart from the other texts so it ships without them. */
export const retryInEn = 'Try again in {duration}.';
