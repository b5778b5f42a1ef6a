import { describe, expect, it } from "vitest";
import { frameOf } from "./frame-of.js";

const measure = (body: string, words: string) => frameOf(body, words)?.measure.id;

describe("survivors rescuers reached are the rescued", () => {
  it("reads survivors found, in the passive after the count or by rescuers before it, as the rescued", () => {
    // Ethiopian outlet on the Gofa landslide (2024); Reuters on the Mozambique ferry (2024).
    expect(measure("Ten survivors have been found and transported to Sawula Health Center and nearby medical facilities.", "Ten")).toBe("rescued");
    expect(measure("Rescuers have found 12 survivors and search operations are continuing, the official said.", "12")).toBe("rescued");
    expect(measure("Divers located another 4 survivors in the hull.", "4")).toBe("rescued");
  });
  it("keeps survivors who found something, or found by a study, as survivors", () => {
    expect(measure("Some 12 survivors found shelter in a school near the river.", "Some 12")).toBe("survivor");
    expect(measure("A study found 60 survivors of the blast reported nightmares years later.", "60")).not.toBe("rescued");
    expect(measure("Thirteen survivors received medical attention at hospitals close to Teofilo Otoni.", "Thirteen")).toBe("survivor");
  });
});

describe("passengers who survived or were rescued", () => {
  it("reads the passengers who survived as all the survivors, and those rescued as all the rescued", () => {
    // Brazilian outlet on the Teófilo Otoni bus crash (2024).
    expect(measure("Six passengers survived the accident, three adults and three children.", "Six")).toBe("survivor");
    expect(measure("The coast guard rescued 40 passengers from the sinking ferry.", "40")).toBe("rescued");
  });
  it("keeps the passengers killed a part of the dead (the driver and crew die too)", () => {
    expect(measure("Three passengers were killed when the bus overturned.", "Three")).toBe("killed.passenger");
  });
});

describe("one count whichever noun", () => {
  it("reads places and locations, homes and houses as one class each", () => {
    // Montenegrin prosecutor via two outlets on the Cetinje shooting (2025); two reports of the Ponorogo landslide (2017).
    expect(measure("He then went to three other places.", "three")).toBe("place");
    expect(measure("The victims were killed in five different locations, according to the prosecutor.", "five")).toBe("place");
    expect(measure("Almost 30 homes in Banaran village were destroyed.", "Almost 30")).toBe("house");
    expect(measure("The landslide hit some 23 houses in Banaran village.", "some 23")).toBe("house");
  });
  it("reads arrivals as those who arrived", () => {
    // PA Media via an outlet on Channel crossings (2024).
    expect(measure("Some 29,437 migrants arrived in the UK after making the crossing last year, down 36 per cent on a record 45,774 arrivals in 2022.", "45,774")).toBe("arrived");
    expect(measure("Some 29,437 migrants arrived in the UK after making the crossing last year.", "Some 29,437")).toBe("arrived");
  });
  it("keeps other built things apart", () => {
    expect(measure("The landslide hit some 23 buildings in Banaran village.", "some 23")).not.toBe("house");
  });
});

describe("a crowd told by its attendance or by a vague figure", () => {
  it("reads 'attended by', 'drew' before the figure and 'tens of thousands of citizens gathered' as the crowd", () => {
    // Kočani fire (2025); Pope Francis in Manila (2015); Belgrade protest (2025); Ayodhya ceremony (2024).
    expect(measure("The fire broke out during a concert by the band DNK, which was attended by around 1,500 people, mostly young people.", "around 1,500")).toBe("crowd");
    expect(measure("Pope Francis drew a record six million people as he celebrated mass in the rain-swept capital.", "six million")).toBe("crowd");
    expect(measure("Tens of thousands of citizens gathered in Belgrade to express dissatisfaction with the government.", "Tens of thousands")).toBe("crowd");
    expect(measure("The Pran Pratishtha ceremony, attended by over 8,000 guests, marked a milestone.", "over 8,000")).toBe("crowd");
  });
  it("reads people present at an event, who came to attend it, or two people nouns that took to a square as the crowd", () => {
    // Indian Express via an outlet on the Hathras satsang (2024); a Kolkata concert report (2022); TN via an outlet on the Buenos Aires march (2024).
    expect(measure("At least 15,000 persons were present at the satsang, The Indian Express reported.", "At least 15,000")).toBe("crowd");
    expect(measure("About 5,000 people came to attend the concert.", "About 5,000")).toBe("crowd");
    expect(measure("Some 500,000 students and teachers took to the square in front of the presidential palace.", "Some 500,000")).toBe("crowd");
  });
  it("keeps people present at a place that holds no event, and people who came to attend a school", () => {
    expect(measure("About 200 students were present at the school when the quake struck.", "About 200")).not.toBe("crowd");
    expect(measure("About 900 students came to attend the new school this year.", "About 900")).not.toBe("crowd");
  });
  it("keeps a status word's class and a figure with no event or crowd word", () => {
    expect(measure("Tens of thousands of citizens were evacuated from the coast.", "Tens of thousands")).toBe("evacuated");
    expect(measure("Hundreds of thousands of people were killed in the war.", "Hundreds of thousands")).toBe("killed");
    expect(measure("The museum attracted 2 million visitors last year.", "2 million")).not.toBe("crowd");
    expect(measure("The concert was attended by 500 people, 20 of whom were injured.", "500")).not.toBe("crowd");
    // HuffPost on Nelson Mandela's memorial (2013): the dignitaries among a crowd.
    expect(measure("Mandela's memorial service was attended by nearly 100 heads of state, including U.S. President Barack Obama.", "nearly 100")).not.toBe("crowd");
  });
});

describe("a dimension named after the figure", () => {
  it("reads '192.64 metres in height' as a height", () => {
    // Romanian outlet on the Brăila bridge (2023).
    expect(measure("The tower measures 192.64 metres in height.", "192.64 metres")).toBe("height.tower");
    expect(measure("The wall is 40 metres in length.", "40 metres")).toBe("length.wall");
  });
  it("says nothing of a figure followed by a place", () => {
    expect(measure("The tower measures 192.64 metres in Braila.", "192.64 metres")).not.toMatch(/^height/);
  });
});

describe("a thing measured after its noun, in a plan, or by a plural", () => {
  it("reads 'a tower 180 metres high', 'Its two towers measure ... in height' and 'The Chacao Bridge length will be' as the thing's measure", () => {
    // Webuild on the Brăila bridge (2023); an outlet on the same bridge (2023); a Chacao bridge page (2020): retired kept-aside a10-16, a10-15.
    expect(measure("Two load-bearing cables anchored to a tower 180 metres high on each bank.", "180 metres")).toBe("height.tower");
    expect(measure("Its two towers measure 192.64 metres in height, allowing it to win the AICAP Prize.", "192.64 metres")).toBe("height.tower");
    expect(measure("The Chacao Bridge length will be 2,574 m and will consist of three main pylons.", "2,574 m")).toBe("length.bridge");
    expect(measure("They built a wall 5 metres high around the camp.", "5 metres")).toBe("height.wall");
  });
  it("takes no thing without a determiner before the figure, nor with no measure word after it", () => {
    expect(frameOf("The bodies were found 3 metres deep in the mud.", "3 metres")).toBeUndefined();
    expect(frameOf("The convoy drove a further 20 km before dawn.", "20 km")?.measure.id ?? "").not.toMatch(/further|convoy/);
  });
});
