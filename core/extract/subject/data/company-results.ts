/**
 * Data, not code: a company's results for a period (company-result.ts). 'nouns': the result a sum is
 * -> class ("revenue of 12.8 billion dollars", "a net loss of 1.6 billion dollars", "$12.8 billion in
 * sales"); net and operating results are apart, as are revenue and profit. 'linking': words between
 * the result's noun and the sum ("revenue was", "net loss totalled").
 */
const data = {
  nouns: {
    revenue: "revenue", revenues: "revenue", sales: "revenue", turnover: "revenue", "net sales": "revenue", "total revenue": "revenue",
    "net income": "profit", "net profit": "profit", profit: "profit", profits: "profit", earnings: "profit", "net earnings": "profit",
    "operating profit": "profit.operating", "operating income": "profit.operating", "operating loss": "loss.operating",
    "net loss": "loss", loss: "loss", losses: "loss",
  } as Record<string, string>,
  linking: ["of", "was", "were", "totalled", "totaled", "totalling", "totaling", "came in at", "stood at", "amounted to", "reached", "at"],
};
export default data;
