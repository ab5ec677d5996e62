package se.sspf.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import se.sspf.contracts.Agency;
import se.sspf.contracts.Role;

/**
 * The demo users: in Östersund (2380) one of each agency and role a walk through SSPF needs, and a
 * coordinator in Malmö (1280) to show that municipalities do not see each other. One password for
 * all, from {@code SSPF_DEMO_PASSWORD}. For the local stack and tests only: never a real person.
 */
@Configuration(proxyBeanMethods = false)
class DemoUsers {

    static final String MUNICIPALITY = "MUNICIPALITY_";
    static final String AGENCY = "AGENCY_";
    static final String ROLE = "ROLE_";

    /** Who the demo users are: user name (their {@code sub}), municipality, agency and roles. */
    record DemoUser(String username, String municipality, Agency agency, List<Role> roles) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("skola", "2380", Agency.SCHOOL, List.of(Role.STAFF)),
            new DemoUser("soc", "2380", Agency.SOCIAL_SERVICES, List.of(Role.COORDINATOR)),
            new DemoUser("socsek", "2380", Agency.SOCIAL_SERVICES, List.of(Role.STAFF)),
            new DemoUser("polis", "2380", Agency.POLICE, List.of(Role.STAFF)),
            new DemoUser("fritid", "2380", Agency.LEISURE, List.of(Role.STAFF)),
            new DemoUser("styrgrupp", "2380", Agency.SOCIAL_SERVICES, List.of(Role.STEERING)),
            new DemoUser("admin-polis", "2380", Agency.POLICE, List.of(Role.ADMIN)),
            new DemoUser("admin-skola", "2380", Agency.SCHOOL, List.of(Role.ADMIN)),
            new DemoUser("malmo-soc", "1280", Agency.SOCIAL_SERVICES, List.of(Role.COORDINATOR)));

    @Bean
    InMemoryUserDetailsManager demoUserDirectory(@Value("${sspf.identity.demo-password}") String password) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> users = new ArrayList<>();
        for (DemoUser demo : ALL) {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(MUNICIPALITY + demo.municipality()));
            authorities.add(new SimpleGrantedAuthority(AGENCY + demo.agency().name()));
            demo.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(ROLE + role.name())));
            users.add(User.withUsername(demo.username()).password(encoder.encode(password)).authorities(authorities)
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
