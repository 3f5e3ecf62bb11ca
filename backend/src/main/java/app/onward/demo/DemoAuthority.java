package app.onward.demo;

import app.onward.offer.internal.OfferRepository.NewEntitlement;

import java.util.List;

/** A fictional authority for demonstrations and tests, with the offer it publishes. */
record DemoAuthority(String slug, String name, String offerTitle, String introduction, List<NewEntitlement> offer) {

    String realm() {
        return "onward-" + slug;
    }

    static final List<NewEntitlement> NATIONAL = List.of(
            new NewEntitlement("Setting-up-home allowance",
                    "At least £3,000 to buy what you need for your first home, like a bed, a cooker and a washing machine."),
            new NewEntitlement("Higher education bursary",
                    "£2,000 if you go to university or start another higher education course."),
            new NewEntitlement("16 to 19 bursary",
                    "Up to £1,200 a year while you are in education or training between 16 and 19."),
            new NewEntitlement("Apprenticeship bursary",
                    "£3,000 when you start an apprenticeship."),
            new NewEntitlement("A personal adviser until you are 25",
                    "Someone on your side who helps you plan and gets you the support you are entitled to."),
            new NewEntitlement("Staying put until you are 21",
                    "You can keep living with your foster carers after you turn 18, if you all agree."));

    static final List<DemoAuthority> ALL = List.of(
            new DemoAuthority("northmoor", "Northmoor City Council", "Northmoor's offer to care-experienced young people",
                    "Everything Northmoor City Council gives you as your corporate parent, and how to claim it.",
                    concat(NATIONAL, List.of(
                            new NewEntitlement("No council tax until you are 25",
                                    "If you live in Northmoor, you pay no council tax until your 25th birthday."),
                            new NewEntitlement("Free Wi-Fi for your first home",
                                    "We pay for home broadband for 12 months when you move into your own place."),
                            new NewEntitlement("Northmoor leisure pass",
                                    "Free swimming and gym at every Northmoor leisure centre until you are 25.")))),
            new DemoAuthority("wealdshire", "Wealdshire County Council", "Wealdshire's local offer for care leavers",
                    "What Wealdshire County Council offers you, wherever you live in the county.",
                    concat(NATIONAL, List.of(
                            new NewEntitlement("Council tax help until you are 21",
                                    "Your district council takes your council tax off the bill until you are 21; we pay it back in districts that cannot."),
                            new NewEntitlement("Mobile data top-ups",
                                    "A monthly mobile data bundle until you are 21, so you can stay in touch and look for work."),
                            new NewEntitlement("Driving lessons",
                                    "Up to 10 driving lessons when you are in education, training or work.")))));

    private static List<NewEntitlement> concat(List<NewEntitlement> first, List<NewEntitlement> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
