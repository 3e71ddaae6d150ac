package segbrief.generate;

import java.util.List;

/** Fixed vocabularies of the grocery scenario: Instacart departments, product words, US states, names. */
final class GroceryCatalog {
    private GroceryCatalog() {}

    /** The 21 Instacart departments, in department_id order (id = index + 1). */
    static final List<String> DEPARTMENTS = List.of("frozen", "other", "bakery", "produce", "alcohol",
            "international", "beverages", "pets", "dry goods pasta", "bulk", "personal care", "meat seafood",
            "pantry", "breakfast", "canned goods", "dairy eggs", "household", "babies", "snacks", "deli", "missing");

    /** Share of Instacart order lines per department, in percent. */
    static final double[] LINE_SHARE = {6.9, 0.1, 3.6, 29.2, 0.5, 0.8, 8.3, 0.3, 2.7, 0.1, 1.4, 2.2, 5.8, 2.2, 3.3,
            16.7, 2.3, 1.3, 8.9, 3.2, 0.2};

    /** Share of Instacart products per department (personal care and snacks have the most products). */
    static final double[] PRODUCT_SHARE = {4007, 548, 1516, 1684, 1054, 1139, 4365, 972, 1858, 38, 6563, 907, 5371,
            1115, 2092, 3449, 3085, 1081, 6264, 1322, 1258};

    /** Median price per department (1-25 scale); meat and seafood cost most, snacks least. */
    static final double[] PRICE = {7.7, 6.9, 7.9, 8.0, 8.2, 7.7, 7.7, 7.9, 7.3, 8.3, 7.9, 16.3, 8.0, 8.0, 7.5, 8.3,
            7.4, 7.6, 4.3, 7.8, 8.6};

    /** Instacart has 134 aisles; each department gets a share of them. */
    static final int AISLES = 134;

    static final List<List<String>> NOUNS = List.of(
            List.of("Pizza", "Ice Cream", "Peas", "Waffles", "Dumplings", "Burritos", "Berries", "Fries"),
            List.of("Gift Card", "Batteries", "Candles", "Gift Bag"),
            List.of("Bagels", "Sourdough Bread", "Croissants", "Tortillas", "Muffins", "Rolls"),
            List.of("Bananas", "Baby Spinach", "Avocado", "Strawberries", "Lemons", "Cucumber", "Onions",
                    "Blueberries", "Apples", "Carrots"),
            List.of("IPA", "Lager", "Red Wine", "White Wine", "Hard Seltzer", "Cider"),
            List.of("Curry Paste", "Soy Sauce", "Salsa Verde", "Kimchi", "Couscous"),
            List.of("Sparkling Water", "Orange Juice", "Cold Brew", "Green Tea", "Lemonade", "Cola", "Almond Milk"),
            List.of("Dog Food", "Cat Food", "Cat Litter", "Dog Treats"),
            List.of("Spaghetti", "Penne", "Basmati Rice", "Lentils", "Mac and Cheese"),
            List.of("Granola Mix", "Trail Mix", "Dried Mango"),
            List.of("Shampoo", "Toothpaste", "Body Wash", "Deodorant", "Lotion", "Vitamins"),
            List.of("Chicken Breast", "Ground Beef", "Salmon Fillet", "Shrimp", "Bacon", "Pork Chops"),
            List.of("Olive Oil", "Peanut Butter", "Honey", "Flour", "Ketchup", "Spices"),
            List.of("Cereal", "Oatmeal", "Granola", "Pancake Mix", "Breakfast Bars"),
            List.of("Black Beans", "Chickpeas", "Tomato Soup", "Tuna", "Diced Tomatoes"),
            List.of("Eggs", "Whole Milk", "Greek Yogurt", "Cheddar", "Butter", "Cream Cheese", "Oat Milk"),
            List.of("Paper Towels", "Dish Soap", "Laundry Detergent", "Trash Bags", "Sponges"),
            List.of("Baby Food Pouch", "Diapers", "Baby Wipes", "Infant Formula"),
            List.of("Tortilla Chips", "Potato Chips", "Dark Chocolate", "Crackers", "Popcorn", "Pretzels",
                    "Cookies"),
            List.of("Hummus", "Sliced Turkey", "Guacamole", "Salami", "Pasta Salad"),
            List.of("Assorted Item", "Seasonal Item", "Variety Pack"));

    static final List<String> ADJECTIVES = List.of("Organic", "Classic", "Original", "Family Size", "Natural",
            "Fresh", "Reduced Fat", "Gluten Free", "Unsweetened", "Extra Large", "Mini", "Premium", "Low Sodium",
            "Whole", "Spicy", "Honey", "Vanilla", "Simple", "Farm", "Select");

    static final List<String> STATES = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho",
            "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
            "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
            "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
            "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
            "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming");

    static final List<String> FEMALE_NAMES = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
            "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Sandra", "Ashley", "Emily",
            "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon",
            "Cynthia", "Kathleen", "Amy", "Angela", "Emma", "Olivia", "Sophia", "Isabella", "Mia");
    static final List<String> MALE_NAMES = List.of("James", "Robert", "John", "Michael", "David", "William",
            "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark",
            "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy",
            "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Liam", "Noah", "Oliver", "Elijah", "Lucas");
    static final List<String> SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
            "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
            "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
            "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
            "Campbell", "Mitchell", "Carter", "Roberts", "O'Brien", "Murphy", "Cook", "Rogers", "Morgan");

    /** Instacart orders by weekday, Sunday first: Sunday and Monday are busiest. */
    static final double[] WEEKDAY = {19.4, 17.5, 13.0, 11.8, 11.6, 12.8, 13.9};

    /** Instacart orders by hour of day: a broad late-morning to afternoon peak. */
    static final double[] HOUR = {0.7, 0.4, 0.2, 0.2, 0.2, 0.3, 0.9, 2.8, 5.3, 7.6, 8.5, 8.5, 8.1, 8.0, 8.3, 8.2,
            7.8, 6.4, 5.0, 3.9, 3.0, 2.4, 2.0, 1.3};
}
