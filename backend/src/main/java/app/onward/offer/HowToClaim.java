package app.onward.offer;

import java.util.List;

/** Exactly how to claim: the steps in order, the proof to bring, and who to contact. */
public record HowToClaim(List<String> steps, List<String> proof, Contact contact) {

    public HowToClaim {
        steps = List.copyOf(steps == null ? List.of() : steps);
        proof = List.copyOf(proof == null ? List.of() : proof);
    }

    /** Who to ask; any part may be missing, but not all of them. */
    public record Contact(String name, String phone, String email, String web) {

        public boolean saysNothing() {
            return blank(name) && blank(phone) && blank(email) && blank(web);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
