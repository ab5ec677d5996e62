package se.sspf.devstack;

/** Prints a demo user's access token for curl: {@code ./stack token polis}. */
public final class Token {

    private Token() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ./stack token <user>   (skola, soc, socsek, polis, fritid, styrgrupp, "
                    + "admin-polis, admin-skola, malmo-soc)");
            System.exit(2);
        }
        System.out.println(new LocalStack().tokenFor(args[0]));
    }
}
