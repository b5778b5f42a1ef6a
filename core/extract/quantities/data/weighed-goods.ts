/**
 * Goods the news weighs in pounds by the million (American and Canadian miners, meat recalls,
 * crops): "112 million pounds" of these is a mass, not sterling. Lowercase words; data, so a
 * newsroom adds its own.
 */
export const WEIGHED_GOODS = [
  // metals and ores (miners report copper, nickel, zinc and uranium in pounds)
  "copper", "nickel", "zinc", "uranium", "u3o8", "cobalt", "molybdenum", "lithium", "aluminum", "aluminium", "steel", "scrap",
  // food and crops
  "beef", "pork", "chicken", "poultry", "turkey", "meat", "sausage", "sausages", "ham", "bacon", "fish", "salmon", "seafood",
  "shrimp", "lobster", "lobsters", "crab", "cheese", "butter", "milk", "honey", "coffee", "cocoa", "sugar", "cotton", "wool",
  "rice", "peanuts", "almonds", "pistachios", "walnuts", "apples", "potatoes", "tomatoes", "produce", "food",
  // seizures and waste
  "cannabis", "marijuana", "cocaine", "heroin", "methamphetamine", "meth", "fentanyl", "drugs", "trash", "garbage", "waste",
  "plastic", "plastics", "debris",
];

/** Words that say a sentence counts what was dug, grown, caught or shipped. */
export const OUTPUT_WORDS = [
  "production", "produced", "output", "mined", "harvest", "harvested", "catch", "landings", "shipments", "shipped",
  "exports", "imports", "inventories", "stockpile", "recalled", "recalling", "recall", "seized", "collected",
];
