package kz.esimder.site.system;

import kz.esimder.site.dataset.DatasetCounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Esimder is, the search box, the dataset's size. */
@Controller
class HomeController {
    private final DatasetCounts counts;

    HomeController(DatasetCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/")
    String home(ModelMap model) {
        model.addAttribute("counts", counts.get());
        return "home";
    }
}
