-- Test data shaped like a real ASTPP 6.0 install. Rows 1 to 3 are ASTPP's stock rows,
-- verbatim from astpp-6.0.sql (zero dates, a 10-digit pin, 60000 valid days, the provider's
-- empty charge_per_min); the rest are what an operator adds over time. Passwords are
-- encrypted under the stock key 8YSDaBtDHAB3EQkxPAyTz2I5DttzA9uR by OpenSSL's own BF-ECB
-- (node --openssl-legacy-provider), not by the server's code:
--   admin (stock admin, type -1)                 admin
--   northwind@example.com (reseller, id 4)       Northwind123!
--   contoso@example.com (reseller, id 5)         Contoso123!
--   subadmin@example.com (sub-admin, type 4)     SubAdmin123!
--   ops@example.com (admin, type 2)              Operator123!
--   paused@example.com (inactive reseller)       Disabled123!
--   customer@example.com (customer, id 7)        Customer123!

SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO';

INSERT INTO `accounts` VALUES
(1,'admin',0,0,0,'',0,2,'2016-07-25 00:00:01',0.00000,0,1.00000,'8xbJv9wZmjA','Administrator','Admin','Your Company','ADDRESS','','','','',85,'','','your@email.com','',1,139,1,0,'',-1,27,0,0,0.00000,0,'0',0,0,0,'','0000-00-00 00:00:00','','2016-07-26 11:26:24','2046-07-25 11:26:24',60000,0.00000,0,0,'1',0,0,0,'1000-01-01 00:00:00',0,0,1,0,'','',NULL),
(2,'4727985745',0,1,0,'',0,2,'2016-07-25 11:26:24',0.00000,0,677.00000,'dOxAtqeO7E6A-wGlILTl-RLbYiySAwss','default','customer','ASTPP','adress','','','','',88,'','','yourcustomer@test.com','yourcustomer@test.com',0,59,1,0,'',0,49,0,0,0.00000,0,'',0,1,0,'','0000-00-00 00:00:00','4727985745','2016-07-26 11:26:24','2046-07-25 11:26:24',3652,0.00000,0,0,'1',0,0,0,'1000-01-01 00:00:00',0,0,1,0,'','',''),
(3,'3673942894',0,1,0,'',0,2,'2016-07-26 15:15:20',0.00000,0,0.00000,'lzq1UjaoM44Ed2D07iQY8RLbYiySAwss','default','provider','ASTPP','adress','','','','',88,'','','yourprovider@test.com','',0,59,0,0,'',3,49,0,0,0.00000,0,'',0,1,0,'','0000-00-00 00:00:00','320736','0000-00-00 00:00:00','2026-07-26 15:12:18',0,0.00000,0,0,'',0,0,0,'1000-01-01 00:00:00',0,0,1,0,'','','');

-- Every column named, as ASTPP's own inserts do; the NOT NULL columns without a default
-- (dialed_modify, notify_flag, notify_email, invoice_interval, invoice_note, pin, first_used,
-- expiry, charge_per_min, std_cid_translation, did_cid_translation, reference) are all given.
INSERT INTO `accounts`
  (`id`,`number`,`reseller_id`,`pricelist_id`,`paypal_permission`,`reference`,`status`,`sweep_id`,`creation`,`credit_limit`,`posttoexternal`,`balance`,`password`,
   `first_name`,`last_name`,`company_name`,`address_1`,`address_2`,`postal_code`,`province`,`city`,`country_id`,`telephone_1`,`email`,`notification_email`,
   `currency_id`,`maxchannels`,`cps`,`dialed_modify`,`type`,`timezone_id`,`deleted`,`notify_flag`,`notify_email`,`invoice_day`,`invoice_interval`,`invoice_note`,
   `pin`,`first_used`,`expiry`,`validfordays`,`local_call`,`charge_per_min`,`is_recording`,`allow_ip_management`,`permission_id`,`localization_id`,`notifications`,
   `generate_invoice`,`std_cid_translation`,`did_cid_translation`,`tax_number`)
VALUES
(4,'5550000001',0,1,0,'',0,0,'2021-03-01 09:00:00',0.00000,0,250.00000,'QGWclaG2dSojgkoWlh5mRw',
 'Nora','Lind','Northwind Telecom','1 Harbour Road','','SE1 9AA','London','London',200,'+44 20 7946 0000','northwind@example.com','',
 17,10,5,'',1,400,0,0,'',0,0,'','','0000-00-00 00:00:00','2031-03-01 09:00:00',3650,0,'0.00000',1,1,0,0,0,0,'','',NULL),
(5,'5550000002',NULL,1,0,'',0,0,'2021-04-01 09:00:00',0.00000,0,0.00000,'-ZTmsI8QIc2ScF-7Sq5biQ',
 'Colin','Park','Contoso Voice','','','','','',203,'','contoso@example.com','',
 139,10,5,'',1,383,0,0,'',0,0,'','','0000-00-00 00:00:00','2031-04-01 09:00:00',3650,0,'0',1,1,0,0,0,0,'','',NULL),
(6,'5550000003',0,0,0,'',0,0,'2022-01-10 08:00:00',0.00000,0,0.00000,'TQlPBfmGwJhLUb-anpg5$w',
 'Sam','Deputy','Your Company','','','','','',88,'','subadmin@example.com','',
 139,1,0,'',4,49,0,0,'',0,0,'','','0000-00-00 00:00:00','2032-01-10 08:00:00',3650,0,'0',1,1,3,0,0,0,'','',NULL),
(7,'7012345678',4,2,1,'NW-0007',0,2,'2023-05-02 10:15:00',99999999999999.99999,1,-12.50000,'BcFUROd-mNpLUb-anpg5$w',
 'Åsa','Öberg','Fjord Calls AB','Storgatan 1','Box 12','11122','Stockholms län','Stockholm',200,'+46 8 123 45','customer@example.com','billing@fjordcalls.example',
 188,4,2,'',0,400,0,1,'',15,0,'Net 30','0123456789','0000-00-00 00:00:00','2033-05-02 00:00:00',3653,1,'0.02500',0,1,0,2,1,1,'','','SE556000000001'),
(8,'7012345679',NULL,1,0,'',1,0,'2023-06-01 12:00:00',0.00000,0,5.00000,'BcFUROd-mNpLUb-anpg5$w',
 'Ina','Active','','','','','','',88,'','inactive@example.com','',
 59,1,0,'',0,49,0,0,'',0,0,'','4727985746','2023-06-02 08:30:00','2033-06-01 12:00:00',3650,0,'0',1,1,0,0,0,0,'','',NULL),
(9,'7012345680',0,1,0,'',0,0,'2023-07-01 12:00:00',0.00000,0,0.00000,'BcFUROd-mNpLUb-anpg5$w',
 'Del','Eted','Gone Ltd','','','','','',88,'','deleted@example.com','',
 139,1,0,'',0,49,1,0,'',0,0,'','','0000-00-00 00:00:00','2033-07-01 12:00:00',3650,0,'0',1,1,0,0,0,0,'','',NULL),
(10,'7012345681',5,3,0,'',0,0,'2024-02-20 16:45:00',0.00000,0,42.00000,'BcFUROd-mNpLUb-anpg5$w',
 'Mia','Contoso','Contoso Client','','','','','',203,'','mia@example.com','',
 139,2,1,'',0,383,0,0,'',0,0,'','','0000-00-00 00:00:00','2034-02-20 16:45:00',3650,0,'0',1,1,0,0,0,0,'','',NULL),
(11,'7012345682',0,1,0,'',0,0,'2024-03-01 00:00:00',0.00000,0,1.00000,'BcFUROd-mNpLUb-anpg5$w',
 'Pat','Pound','Sterling Ltd','','','','','',200,'','pat@example.com','',
 17,1,0,'',0,400,0,0,'',0,0,'','','0000-00-00 00:00:00','2034-03-01 00:00:00',3650,0,'0',1,1,0,1,0,0,'','',NULL),
(12,'5550000004',0,0,0,'',0,0,'2022-02-01 08:00:00',0.00000,0,0.00000,'acXYR--G$DlLUb-anpg5$w',
 'Otto','Operator','Your Company','','','','','',88,'','ops@example.com','',
 139,1,0,'',2,49,0,0,'',0,0,'','','0000-00-00 00:00:00','2032-02-01 08:00:00',3650,0,'0',1,1,0,0,0,0,'','',NULL),
(13,'5550000005',0,1,0,'',1,0,'2022-03-01 08:00:00',0.00000,0,0.00000,'njGJT5ZZWMxLUb-anpg5$w',
 'Paula','Paused','Paused Reseller','','','','','',88,'','paused@example.com','',
 139,1,0,'',1,49,0,0,'',0,0,'','','0000-00-00 00:00:00','2032-03-01 08:00:00',3650,0,'0',1,1,0,0,0,0,'','',NULL);

INSERT INTO `pricelists` (`id`,`name`,`markup`,`routing_type`,`initially_increment`,`inc`,`status`,`reseller_id`,`pricelist_id_admin`,`routing_prefix`,`call_count`,`creation_date`,`last_modified_date`) VALUES
(1,'default','0',0,0,60,0,0,0,'',0,'2016-07-25 00:00:00','2016-07-26 00:00:00'),
(2,'Northwind retail','0',0,0,60,0,4,1,'',0,'2021-03-01 09:00:00','0000-00-00 00:00:00'),
(3,'Contoso retail','0',0,0,60,0,5,1,'',0,'2021-04-01 09:00:00','0000-00-00 00:00:00'),
(4,'Old carrier plan','0',0,0,60,2,0,0,'',0,'2018-01-01 00:00:00','2019-01-01 00:00:00'),
(5,'Northwind paused','0',0,0,60,1,4,1,'',0,'2021-03-01 09:00:00','0000-00-00 00:00:00');

INSERT INTO `localization` (`id`,`name`,`account_id`,`reseller_id`,`country_id`,`in_caller_id_originate`,`out_caller_id_originate`,`number_originate`,`in_caller_id_terminate`,`out_caller_id_terminate`,`number_terminate`,`status`,`type`,`dst_base_cid`,`custom_rule`) VALUES
(1,'Carrier default',1,0,88,'','','','','','',0,0,'',''),
(2,'Northwind local',4,4,200,'','','','','','',0,0,'',''),
(3,'Contoso local',5,5,203,'','','','','','',0,0,'','');

INSERT INTO `taxes` (`id`,`taxes_priority`,`taxes_amount`,`tax_type`,`taxes_rate`,`taxes_description`,`reseller_id`,`status`) VALUES
(1,1,0.00000,0,20.00000,'VAT 20%',0,0),
(2,2,0.50000,1,1.50000,'Service fee',0,0),
(3,1,0.00000,0,25.00000,'Northwind VAT',4,0),
(4,1,0.00000,0,7.00000,'Retired tax',0,1);

INSERT INTO `taxes_to_accounts` (`id`,`accountid`,`taxes_id`,`taxes_priority`,`assign_date`) VALUES
(1,2,1,1,'2016-07-26 11:26:24'),
(2,7,3,1,'2023-05-02 10:15:00'),
(3,11,2,2,'2024-03-01 00:00:00'),
(4,11,1,1,'2024-03-01 00:00:00');

INSERT INTO `countrycode` VALUES
(72,46,'DE','GERMANY','Germany','DEU',49,19.00000,'51.165691','10.451526','Berlin'),
(85,56,'HK','HONG KONG','Hong Kong','HKG',852,0.00000,'22.396428','114.109497','Central'),
(88,59,'IN','INDIA','India','IND',91,0.00000,'20.5937','78.9629','New Delhi'),
(200,188,'GB','UNITED KINGDOM','United Kingdom','GBR',44,20.00000,'55.378051','-3.435973','London'),
(203,139,'US','United States','Usa','USA',1,0.00000,'37.09024','-95.712891','Washington, D.C.'),
(211,190,'A','ASCENSION','Ascension','ASC',247,0.00000,'','','Georgetown');

INSERT INTO `timezone` VALUES
(1,'GMT+01:00',3600,'Europe/Andorra','1'),
(27,'GMT-03:00',-10800,'America/Argentina/San_Juan','-3'),
(49,'GMT+05:30',19800,'Asia/Kolkata','5'),
(383,'GMT-06:00',-21600,'America/Chicago','-6'),
(400,'GMT-05:00',-18000,'America/New_York','-5');

INSERT INTO `currency` VALUES
(17,'GBP','British Pound',0.767,'2021-05-06 05:33:13',0),
(46,'EUR','Euro',0.890,'2021-05-06 05:33:13',0),
(59,'INR','Indian Rupee',1.000,'2021-05-06 05:25:10',1),
(64,'JPY','Japanese Yen',111.725,'2021-05-06 05:33:13',0),
(68,'KRW','Korean Won',1137.690,'2021-05-06 05:25:10',1),
(139,'USD','U.S. Dollar',1.000,'2021-05-06 05:33:13',0),
(181,'KRW','South Korean won',1137.690,'2021-05-06 05:25:10',1),
(188,'GBP','Pound sterling',0.767,'2021-05-06 05:33:13',0);

-- ASTPP's global configuration rows the console reads, as the stock dump has them.
INSERT INTO `system` (`id`,`name`,`display_name`,`value`,`field_type`,`comment`,`timestamp`,`reseller_id`,`is_display`,`group_title`,`sub_group`,`field_rules`) VALUES
(35,'card_length','Card Length','10','default_system_input','Set number of digits for calling cards','2019-05-24 19:03:37',0,0,'signup','',''),
(42,'pin_length','Pin Length','6','default_system_input','Set number of digits for pin numbers','2019-05-24 19:03:37',0,0,'signup','',''),
(44,'decimal_points','Decimal Points','4','default_system_input','Set decimal points to use through out system','2019-05-24 19:03:37',0,0,'global','General',''),
(174,'base_currency','Base Currency','USD','base_currency','Set base currency of system.','2019-05-24 19:03:37',0,0,'global','General',''),
(179,'default_timezone','Timezone','49','default_timezone','Set default timezone for accounts','2013-05-06 19:34:39',0,0,'signup','',''),
(181,'country','Country','88','country','Set default country for accounts','2019-05-24 19:03:37',0,0,'signup','',''),
(206,'create_sipdevice','Create SIP Device','0','enable_disable_option','Set yes to create sip device when customer will do singup in system','2019-05-24 19:03:37',0,0,'signup','',''),
(223,'notifications','Account Notification','0','enable_disable_option','Set enable to account notification','2019-05-24 19:03:37',0,0,'signup','',''),
(224,'paypal_permission','Payment Gateway Permission','0','enable_disable_option','Set paypal permission','2019-05-24 19:03:37',0,0,'signup','',''),
(225,'generate_pin','Generate Pin','0','set_prorate','Allow to Generate Pin','2019-05-24 19:03:37',0,0,'signup','',''),
(226,'cps','CPS','0','default_system_input','Allow to CPS','2019-05-24 19:03:37',0,0,'signup','',''),
(227,'maxchannels','Concurrent Calls','0','default_system_input','Allow to Concurrent Calls','2019-05-24 19:03:37',0,0,'signup','',''),
(229,'charge_per_min','LC Charge / Min','0','default_system_input','Allow to LC Charge / Min','2019-05-24 19:03:37',0,0,'signup','',''),
(231,'is_recording','Allow Recording','1','set_prorate','Allow to Recording','2019-05-24 19:03:37',0,0,'signup','',''),
(232,'allow_ip_management','Allow IP Management','1','set_prorate','Allow to IP Management','2019-05-24 19:03:37',0,0,'signup','',''),
(233,'local_call','Allow Local Calls','0','set_prorate','Allow to Local Calls','2019-05-24 19:03:37',0,0,'signup','',''),
(235,'validfordays','Account Valid Days','3650','default_system_input','Allow to Valid Days','2019-05-24 19:03:37',0,0,'signup','',''),
(548,'generate_invoice','Generate Invoice','0','set_prorate','Allow to Generate Invoice','2019-05-24 19:03:37',0,0,'signup','',''),
(580,'account_number_editable','Account Number Editable','1','set_prorate','Create new entity account number set editable','2019-04-01 10:32:33',0,0,'global','General','');
