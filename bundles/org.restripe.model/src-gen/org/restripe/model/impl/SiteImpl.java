/**
 */
package org.restripe.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.restripe.model.DialbackModem;
import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.ManagementHost;
import org.restripe.model.RestripePackage;
import org.restripe.model.Site;
import org.restripe.model.Subsystem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.SiteImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.restripe.model.impl.SiteImpl#getSubsystems <em>Subsystems</em>}</li>
 *   <li>{@link org.restripe.model.impl.SiteImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.restripe.model.impl.SiteImpl#getLans <em>Lans</em>}</li>
 *   <li>{@link org.restripe.model.impl.SiteImpl#getManagementHost <em>Management Host</em>}</li>
 *   <li>{@link org.restripe.model.impl.SiteImpl#getModem <em>Modem</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends IdentifiedImpl implements Site {
	/**
	 * The default value of the '{@link #getCustomer() <em>Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected String customer = CUSTOMER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubsystems() <em>Subsystems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystems()
	 * @generated
	 * @ordered
	 */
	protected EList<Subsystem> subsystems;

	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The cached value of the '{@link #getLans() <em>Lans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLans()
	 * @generated
	 * @ordered
	 */
	protected EList<Lan> lans;

	/**
	 * The cached value of the '{@link #getManagementHost() <em>Management Host</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementHost()
	 * @generated
	 * @ordered
	 */
	protected ManagementHost managementHost;

	/**
	 * The cached value of the '{@link #getModem() <em>Modem</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModem()
	 * @generated
	 * @ordered
	 */
	protected DialbackModem modem;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(String newCustomer) {
		String oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.SITE__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subsystem> getSubsystems() {
		if (subsystems == null) {
			subsystems = new EObjectContainmentEList<Subsystem>(Subsystem.class, this, RestripePackage.SITE__SUBSYSTEMS);
		}
		return subsystems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectContainmentEList<Host>(Host.class, this, RestripePackage.SITE__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lan> getLans() {
		if (lans == null) {
			lans = new EObjectContainmentEList<Lan>(Lan.class, this, RestripePackage.SITE__LANS);
		}
		return lans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementHost getManagementHost() {
		return managementHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetManagementHost(ManagementHost newManagementHost, NotificationChain msgs) {
		ManagementHost oldManagementHost = managementHost;
		managementHost = newManagementHost;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RestripePackage.SITE__MANAGEMENT_HOST, oldManagementHost, newManagementHost);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementHost(ManagementHost newManagementHost) {
		if (newManagementHost != managementHost) {
			NotificationChain msgs = null;
			if (managementHost != null)
				msgs = ((InternalEObject)managementHost).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RestripePackage.SITE__MANAGEMENT_HOST, null, msgs);
			if (newManagementHost != null)
				msgs = ((InternalEObject)newManagementHost).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RestripePackage.SITE__MANAGEMENT_HOST, null, msgs);
			msgs = basicSetManagementHost(newManagementHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.SITE__MANAGEMENT_HOST, newManagementHost, newManagementHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DialbackModem getModem() {
		return modem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModem(DialbackModem newModem, NotificationChain msgs) {
		DialbackModem oldModem = modem;
		modem = newModem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RestripePackage.SITE__MODEM, oldModem, newModem);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModem(DialbackModem newModem) {
		if (newModem != modem) {
			NotificationChain msgs = null;
			if (modem != null)
				msgs = ((InternalEObject)modem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RestripePackage.SITE__MODEM, null, msgs);
			if (newModem != null)
				msgs = ((InternalEObject)newModem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RestripePackage.SITE__MODEM, null, msgs);
			msgs = basicSetModem(newModem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.SITE__MODEM, newModem, newModem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RestripePackage.SITE__SUBSYSTEMS:
				return ((InternalEList<?>)getSubsystems()).basicRemove(otherEnd, msgs);
			case RestripePackage.SITE__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
			case RestripePackage.SITE__LANS:
				return ((InternalEList<?>)getLans()).basicRemove(otherEnd, msgs);
			case RestripePackage.SITE__MANAGEMENT_HOST:
				return basicSetManagementHost(null, msgs);
			case RestripePackage.SITE__MODEM:
				return basicSetModem(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.SITE__CUSTOMER:
				return getCustomer();
			case RestripePackage.SITE__SUBSYSTEMS:
				return getSubsystems();
			case RestripePackage.SITE__HOSTS:
				return getHosts();
			case RestripePackage.SITE__LANS:
				return getLans();
			case RestripePackage.SITE__MANAGEMENT_HOST:
				return getManagementHost();
			case RestripePackage.SITE__MODEM:
				return getModem();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.SITE__CUSTOMER:
				setCustomer((String)newValue);
				return;
			case RestripePackage.SITE__SUBSYSTEMS:
				getSubsystems().clear();
				getSubsystems().addAll((Collection<? extends Subsystem>)newValue);
				return;
			case RestripePackage.SITE__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case RestripePackage.SITE__LANS:
				getLans().clear();
				getLans().addAll((Collection<? extends Lan>)newValue);
				return;
			case RestripePackage.SITE__MANAGEMENT_HOST:
				setManagementHost((ManagementHost)newValue);
				return;
			case RestripePackage.SITE__MODEM:
				setModem((DialbackModem)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.SITE__CUSTOMER:
				setCustomer(CUSTOMER_EDEFAULT);
				return;
			case RestripePackage.SITE__SUBSYSTEMS:
				getSubsystems().clear();
				return;
			case RestripePackage.SITE__HOSTS:
				getHosts().clear();
				return;
			case RestripePackage.SITE__LANS:
				getLans().clear();
				return;
			case RestripePackage.SITE__MANAGEMENT_HOST:
				setManagementHost((ManagementHost)null);
				return;
			case RestripePackage.SITE__MODEM:
				setModem((DialbackModem)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.SITE__CUSTOMER:
				return CUSTOMER_EDEFAULT == null ? customer != null : !CUSTOMER_EDEFAULT.equals(customer);
			case RestripePackage.SITE__SUBSYSTEMS:
				return subsystems != null && !subsystems.isEmpty();
			case RestripePackage.SITE__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case RestripePackage.SITE__LANS:
				return lans != null && !lans.isEmpty();
			case RestripePackage.SITE__MANAGEMENT_HOST:
				return managementHost != null;
			case RestripePackage.SITE__MODEM:
				return modem != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (customer: ");
		result.append(customer);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
